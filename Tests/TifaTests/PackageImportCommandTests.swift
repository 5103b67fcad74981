import Foundation
import Store
import Testing

/// `tifa import FILE.apkg|FILE.colpkg` as a user runs it, on the packages Tests/ExportTests/Fixtures/generate.py
/// made with the real anki library.
@Suite("tifa import of Anki packages")
struct PackageImportCommandTests {
    static let packages = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../ExportTests/Fixtures/Packages").standardized

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-apkg-e2e-\(UUID().uuidString)")
    var database: URL { folder.appendingPathComponent("tifa.sqlite") }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func tifa(_ arguments: String...) throws -> TifaProcess.Result {
        try TifaProcess.run(
            arguments,
            environment: [
                "TIFA_DB": database.path, "TIFA_NOW": "2026-03-15T10:00:00Z",
                "TZ": "UTC",
            ])
    }

    func package(_ name: String) -> String { Self.packages.appendingPathComponent(name).path }

    @Test("a package comes in with its history; a second import changes nothing; stats read the history")
    func importTwice() throws {
        let first = try tifa("import", package("basic-fsrs.apkg"))
        #expect(first.status == 0, "\(first.error)")
        #expect(
            first.output.hasPrefix(
                "Imported \(package("basic-fsrs.apkg")) (collection.anki21b) into '政治::词汇': "
                    + "notes 8 added, 0 updated, 0 unchanged; cards 10 added, 0 updated, 0 unchanged; reviews 51 added, "
                    + "0 already there.\n"))
        let second = try tifa("import", package("basic-fsrs-legacy.apkg"), "--json")
        #expect(second.status == 0)
        #expect(second.output.contains("\"reviewsAdded\" : 0"))
        #expect(second.output.contains("\"reviewsPresent\" : 51"))
        let stats = try tifa("stats", "--deck", "政治::词汇", "--json")
        #expect(stats.status == 0, "\(stats.error)")
        let store = try DeckStore(fileAt: database)
        #expect(try store.studyHistory(inDeckNamed: "政治::词汇").reviews.count == 51)
    }

    @Test("--dry-run prints the mapping and the counts and creates no database")
    func dryRun() throws {
        let result = try tifa("import", package("tifa-sm2.colpkg"), "--dry-run", "--map", "Meaning=Back")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("note type 'Basic' (3 notes): Front ← Front, Meaning ← Back"))
        #expect(result.output.contains("8 notes, 13 cards, 48 reviews; nothing was written."))
        #expect(!FileManager.default.fileExists(atPath: database.path))
    }

    @Test("a truncated, unknown or oversized package is refused in one line naming the file; nothing is written")
    func refused() throws {
        let truncated = folder.appendingPathComponent("cut.apkg")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: package("basic-fsrs.apkg")))
        try bytes.prefix(bytes.count - 100).write(to: truncated)
        for file in [truncated.path, package("unknown-version.apkg")] {
            let result = try tifa("import", file)
            #expect(result.status == 1)
            #expect(result.output.isEmpty)
            #expect(result.error.hasPrefix("tifa: '\(file)' "))
            #expect(result.error.hasSuffix("nothing was imported\n"))
            #expect(result.error.split(separator: "\n").count == 1)
        }
        #expect(try tifa("decks").output == "No decks yet; tifa decks create NAME makes one.\n")
        let unknownField = try tifa("import", package("basic-fsrs.apkg"), "--map", "Hanzi=Simplified")
        #expect(unknownField.status == 1)
        #expect(unknownField.error.contains("--map names the field 'Simplified'"))
        let textWithoutDeck = try tifa("import", Self.packages.appendingPathComponent("basic-fsrs.json").path)
        #expect(textWithoutDeck.status == 64)
    }
}
