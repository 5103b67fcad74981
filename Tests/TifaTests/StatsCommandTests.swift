import Foundation
import Scheduler
import Store
import Testing

/// `tifa stats` run as a learner runs it, on a small database made through the store, at a fixed `TIFA_NOW`.
@Suite(.serialized) struct StatsCommandTests {
    /// Deck 外交 (recognition cards only, day from 04:00) in Beijing time; now is 1 March 2025, 10:00.
    /// 同舟共济: learnt on 27 February, lapsed today at 09:00 (Again, 12 s), now relearning, due 09:10.
    /// 人类命运共同体: answered Good on 28 February at 09:00 (8 s), in review for 5 days, due 5 March.
    /// 两个一百年: new. So: 1 new, 1 learning, 1 young; today 1 answer, 1 Again; a 3-day streak (27, 28 Feb, 1 Mar);
    /// 1 due today and 1 on day 4; true retention 0 of 1 review answers (the lapse today).
    static func makeDatabase() throws -> (folder: URL, database: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-stats-e2e-\(UUID().uuidString)")
        let database = folder.appendingPathComponent("tifa.sqlite")
        let store = try DeckStore(fileAt: database)
        let created = at("2025-02-01T09:00:00+08:00")
        try store.createDeck(named: "外交", now: created)
        try store.updateDeckSettings(named: "外交", DeckSettingsChange(cardTypes: [.recognition]), now: created)
        try store.upsertNotes(
            [
                NoteDraft(term: "同舟共济", gloss: "to pull together in times of trouble", kind: .idiom),
                NoteDraft(
                    term: "人类命运共同体", gloss: "community with a shared future for mankind",
                    kind: .formulation),
                NoteDraft(term: "两个一百年", gloss: "the Two Centenary Goals", kind: .formulation),
            ],
            toDeckNamed: "外交", createDeckIfMissing: false, policy: .extraction, now: created)
        let cards = try store.cards(inDeckNamed: "外交").map { $0.card.id! }
        try store.recordAnswer(
            cardID: cards[0], rating: .good,
            state: .review(memory: MemoryState(stability: 2, difficulty: 5)), due: at("2025-03-01T09:00:00+08:00"),
            lastReview: at("2025-02-27T09:00:00+08:00"), reps: 1,
            durationMilliseconds: 5000, now: at("2025-02-27T09:00:00+08:00"))
        try store.recordAnswer(
            cardID: cards[0], rating: .again,
            state: .relearning(step: 0, memory: MemoryState(stability: 0.5, difficulty: 7)), due: at("2025-03-01T09:10:00+08:00"),
            lastReview: at("2025-03-01T09:00:00+08:00"), reps: 2, lapses: 1,
            durationMilliseconds: 12000, now: at("2025-03-01T09:00:00+08:00"))
        try store.recordAnswer(
            cardID: cards[1], rating: .good,
            state: .review(memory: MemoryState(stability: 5, difficulty: 4)), due: at("2025-03-05T09:00:00+08:00"),
            lastReview: at("2025-02-28T09:00:00+08:00"), reps: 1,
            durationMilliseconds: 8000, now: at("2025-02-28T09:00:00+08:00"))
        return (folder, database)
    }

    static func at(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    static let environment = [
        "TIFA_NOW": "2025-03-01T10:00:00+08:00", "TZ": "Asia/Shanghai", "COLUMNS": "80",
        "LANG": "C.UTF-8", "LC_ALL": "", "LC_CTYPE": "",
    ]

    func stats(_ arguments: [String], database: URL, environment: [String: String] = [:]) throws -> TifaProcess.Result {
        try TifaProcess.run(
            ["stats", "--db", database.path] + arguments,
            environment: Self.environment.merging(environment) { $1 })
    }

    @Test func screenShowsTheFigures() throws {
        let (folder, database) = try Self.makeDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try stats(["--deck", "外交"], database: database)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.isEmpty)
        let lines = result.output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "外交 · Sat 2025-03-01, the study day from 04:00")
        #expect(lines.contains("Cards      3 in all · 1 new · 1 learning · 1 young · 0 mature"))
        #expect(lines.contains("Today      1 answer on 1 card · 1 Again (100.0%) · 12 s"))
        #expect(lines.contains("Streak     3 days in a row · longest 3 days · 3 answers in all"))
        #expect(lines.contains { $0.hasPrefix("Retention  0.0% true (0 of 1 reviews passed in 30 days) · 90.0% desired") })
        #expect(lines.contains("  2 reviews, 0.1 a day · long-run load 0.2 a day"))
        #expect(lines.contains { $0.hasPrefix("  同舟共济        recognition       1         7.0  to pull together") })
        #expect(result.output.contains("█"))
        #expect(lines.allSatisfy { !$0.contains("\u{1B}") }, "no colour in a pipe")
    }

    @Test func asciiAndNarrow() throws {
        let (folder, database) = try Self.makeDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        for (arguments, environment) in [(["--ascii"], ["COLUMNS": "60"]), ([], ["COLUMNS": "60", "LANG": "C"])] {
            let result = try stats(arguments, database: database, environment: environment)
            #expect(result.status == 0, "\(result.error)")
            #expect(result.output.hasPrefix("All decks, Sat 2025-03-01"))
            for scalar in result.output.unicodeScalars where !scalar.isASCII {
                #expect(scalar.properties.isIdeographic, "not ASCII: \(scalar)")
            }
            let widest = result.output.split(separator: "\n").map { line in
                line.reduce(0) { $0 + ($1.unicodeScalars.first!.properties.isIdeographic ? 2 : 1) }
            }.max()
            #expect(widest ?? 0 <= 60)
        }
    }

    @Test func jsonGivesTheFigures() throws {
        let (folder, database) = try Self.makeDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try stats(["--json", "--days", "7"], database: database)
        #expect(result.status == 0, "\(result.error)")
        let figures = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(figures["deck"] is NSNull)
        #expect(figures["today"] as? String == "2025-03-01")
        let cards = try #require(figures["cards"] as? [String: Int])
        #expect(cards == ["new": 1, "learning": 1, "relearning": 1, "young": 1, "mature": 0, "suspended": 0, "total": 3])
        let forecast = try #require(figures["forecast"] as? [String: Any])
        #expect((forecast["due"] as? [[String: Any]])?.compactMap { $0["count"] as? Int } == [1, 0, 0, 0, 1, 0, 0])
        let retention = try #require(figures["retention"] as? [String: Any])
        #expect(retention["reviewAnswers"] as? Int == 1)
        #expect(retention["passed"] as? Int == 0)
        #expect(retention["desired"] as? Double == 0.9)
    }

    @Test func refusesWhatItCannotShow() throws {
        let (folder, database) = try Self.makeDatabase()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = try stats(["--deck", "经济"], database: database)
        #expect(missing.status == 1)
        #expect(missing.error == "tifa: no deck named '经济'; tifa decks lists the decks\n")
        let days = try stats(["--days", "0"], database: database)
        #expect(days.status == 64)
        #expect(days.error.contains("--days must be between 1 and 3650"))
        let empty = try stats([], database: folder.appendingPathComponent("empty.sqlite"))
        #expect(empty.status == 0)
        #expect(empty.output == "No decks yet; tifa decks create NAME makes one.\n")
    }
}
