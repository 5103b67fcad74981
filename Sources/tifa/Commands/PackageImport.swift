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
        let deckStore = try store.open()
        let existing = try deck.flatMap { name in try deckStore.decks().first { $0.name == name.trimmingCharacters(in: .whitespaces) } }
        let options = AnkiPackageImport.Options(
            deckName: deck, overrides: overrides,
            schedulerParameters: try existing?.schedulerParameters(fuzz: false) ?? .default,
            learningSteps: existing?.learningSteps.count ?? 2, relearningSteps: existing?.relearningSteps.count ?? 1)
        let package = try AnkiPackageImport.read(url, options: options, now: now)
        let result = dryRun ? nil : try deckStore.importScheduledNotes(package.notes, now: now)
        let report = PackageImportReport(file: file, package: package, result: result)
        print(json ? try JSONOutput.string(report) : report.text)
    }
}
