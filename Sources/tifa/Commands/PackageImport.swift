import Export
import Foundation
import Scheduler
import Store

/// `tifa import FILE.apkg|FILE.colpkg`: the package read, then (unless a dry run) written in one transaction.
struct PackageImport {
    let store: StoreOptions
    let file: String
    let url: URL
    let deck: String?
    let map: String?
    let dryRun: Bool
    let json: Bool

    /// A package by its name (.apkg, .colpkg) or, whatever its name, by the zip's signature.
    static func isPackage(_ url: URL) -> Bool {
        if ["apkg", "colpkg"].contains(url.pathExtension.lowercased()) { return true }
        guard let handle = FileHandle(forReadingAtPath: url.path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 4)) == Data([0x50, 0x4B, 0x03, 0x04])
    }

    func run() throws {
        let now = try CommandClock.now()
        let overrides = try map.map(AnkiFieldMap.parseOverrides) ?? []
        // A dry run opens no database: it reads the package and writes nothing anywhere.
        let deckStore = dryRun ? nil : try store.open()
        let decks = try deckStore?.decks() ?? []
        let existing = deck.flatMap { name in decks.first { $0.name == name.trimmingCharacters(in: .whitespaces) } }
        var parameters: [String: SchedulerParameters] = [:]
        for deck in decks { parameters[deck.name] = try deck.schedulerParameters(fuzz: false) }
        let options = AnkiPackageImport.Options(
            deckName: existing?.name ?? deck, overrides: overrides, parametersByDeck: parameters,
            learningSteps: existing?.learningSteps.count ?? 2, relearningSteps: existing?.relearningSteps.count ?? 1)
        let package = try AnkiPackageImport.read(url, options: options, now: now)
        let result = try deckStore?.importScheduledNotes(package.notes, deckOptions: package.deckOptions, now: now)
        let report = PackageImportReport(file: file, package: package, result: result)
        print(json ? try JSONOutput.string(report) : report.text)
    }
}
