import Foundation
import Testing

@Suite(.serialized) struct ExtractCommandTests {
    static let seedPage = DecksTests.decks.appendingPathComponent("people-daily-2018-06-11/article.txt")

    @Test func jsonHasTheFieldsOfACard() throws {
        let result = try TifaProcess.run(["extract", "--top", "30", "--format", "json", Self.seedPage.path])
        #expect(result.status == 0, "\(result.error)")
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(items.count == 30)
        let terms = items.compactMap { $0["term"] as? String }
        for unit in ["上海精神", "人类命运共同体", "上海合作组织", "万众一心"] { #expect(terms.contains(unit), "\(unit)") }
        for fragment in ["组织", "命运", "共同体", "上海"] { #expect(!terms.contains(fragment), "\(fragment)") }
        let first = try #require(items.first)
        for key in ["term", "traditional", "pinyin", "gloss", "kind", "score", "example", "source"] {
            #expect(first[key] != nil, "\(key)")
        }
    }

    @Test func sayingKeepsItsClassicalSourceAndReading() throws {
        let result = try TifaProcess.run(["extract", "--top", "0", "--format", "json", "--kinds", "saying", Self.seedPage.path])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        let saying = try #require(items.first { $0["term"] as? String == "行百里者半九十" })
        #expect(saying["pinyin"] as? String == "xíng bǎilǐ zhě bàn jiǔshí")
        #expect(saying["classicalSource"] as? String == "《战国策·秦策五》")
        #expect((saying["example"] as? String)?.contains("行百里者半九十") == true)
    }

    @Test("--dry-run finds the deck the way saving does: ASCII case and surrounding spaces ignored")
    func dryRunKnowsTheDeckSavingWouldUse() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-extract-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        let environment = ["TIFA_DB": database.path, "TIFA_NOW": "2025-03-01T08:00:00Z"]
        let saved = try TifaProcess.run(["extract", "--deck", "Politics", "--top", "5", Self.seedPage.path], environment: environment)
        #expect(saved.output.contains("5 notes added"), "\(saved.error)")
        for name in ["Politics", "politics", " Politics "] {
            let dry = try TifaProcess.run(
                ["extract", "--deck", name, "--dry-run", "--top", "5", Self.seedPage.path],
                environment: environment)
            #expect(dry.status == 0, "\(dry.error)")
            #expect(dry.output.hasPrefix("Would add 0 notes to '\(name)' and a new example to 5 it has (nothing saved):"), "\(name)")
        }
    }

    @Test func deckSavesNotesOnceAndAddsNothingTheSecondTime() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-extract-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        let environment = ["TIFA_DB": database.path, "TIFA_NOW": "2025-03-01T08:00:00Z"]
        let first = try TifaProcess.run(["extract", "--deck", "时政", "--top", "20", Self.seedPage.path], environment: environment)
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("20 notes added (40 cards)"))
        let second = try TifaProcess.run(["extract", "--deck", "时政", "--top", "20", Self.seedPage.path], environment: environment)
        #expect(second.output.contains("0 notes added (0 cards); 20 it had already, unchanged"))
        let decks = try TifaProcess.run(["decks", "--json"], environment: environment)
        #expect(decks.output.contains("时政"))
    }

    @Test func knownWordsAreSkipped() throws {
        let database = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-known-\(UUID().uuidString).sqlite")
        defer { try? FileManager.default.removeItem(at: database) }
        let environment = ["TIFA_DB": database.path]
        _ = try TifaProcess.run(["known", "add", "上海精神"], environment: environment)
        let result = try TifaProcess.run(["extract", "--top", "0", "--format", "tsv", Self.seedPage.path], environment: environment)
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.split(separator: "\n").contains { $0.hasPrefix("上海精神\t") })
    }

    @Test func explainNamesWhatEachPartOfTheScoreRestsOn() throws {
        let result = try TifaProcess.run(["extract", "--top", "0", "--explain", Self.seedPage.path])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n").map(String.init)
        // 人类命运共同体: a core formulation of the glossary, five times in the page, never quoted.
        let start = try #require(lines.firstIndex { $0.contains(" 人类命运共同体 ") })
        let score = try #require(lines[start...].first { $0.contains("score ") })
        #expect(score.contains("(glossary formulation 3.5,"), "\(score)")
        #expect(score.contains("× in the corpus +"), "\(score)")
        #expect(score.contains("core band +0.5)"), "\(score)")
        #expect(score.contains("(5× 0.93, specific to this text +"), "\(score)")
    }

    @Test func badKindIsAUsageError() throws {
        let result = try TifaProcess.run(["extract", "--kinds", "slogan", Self.seedPage.path])
        #expect(result.status == 64)
        #expect(result.error.contains("unknown kind 'slogan'"))
    }
}
