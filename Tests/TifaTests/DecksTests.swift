import Foundation
import Testing

/// The decks in `Decks/` are what `Decks/regenerate.sh` makes: the built `tifa` must give exactly the committed files.
@Suite(.serialized) struct DecksTests {
    static let decks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Decks")

    static let folders: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: decks.path)) ?? [])
        .filter { FileManager.default.fileExists(atPath: decks.appendingPathComponent("\($0)/deck.json").path) }
        .sorted()

    @Test func thereAreThreeDecks() {
        #expect(Self.folders == ["cpc-20th-congress-report", "government-work-report-2025", "people-daily-2018-06-11"])
    }

    @Test(arguments: folders)
    func regenerationGivesTheCommittedDeck(folder: String) throws {
        let directory = Self.decks.appendingPathComponent(folder)
        let result = try TifaProcess.run(["extract", "--top", "100", "--format", "json", "article.txt"], directory: directory)
        #expect(result.status == 0, "\(result.error)")
        let committed = try String(contentsOf: directory.appendingPathComponent("deck.json"), encoding: .utf8)
        #expect(result.output == committed, "run bash Decks/regenerate.sh and review the change to \(folder)/deck.json")
    }

    @Test(arguments: folders)
    func ankiExportGivesTheCommittedTSV(folder: String) throws {
        let directory = Self.decks.appendingPathComponent(folder)
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-decks-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        let environment = ["TIFA_DB": database.path, "TIFA_NOW": "2026-01-01T00:00:00Z"]
        let extract = try TifaProcess.run(
            ["extract", "--top", "100", "--deck", folder, "article.txt"], environment: environment, directory: directory)
        #expect(extract.status == 0, "\(extract.error)")
        let export = try TifaProcess.run(["export", "--deck", folder], environment: environment)
        #expect(export.status == 0, "\(export.error)")
        let committed = try String(contentsOf: directory.appendingPathComponent("deck.tsv"), encoding: .utf8)
        #expect(export.output == committed, "run bash Decks/regenerate.sh and review the change to \(folder)/deck.tsv")
    }
}
