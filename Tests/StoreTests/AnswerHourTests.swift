import Foundation
import GRDB
import Scheduler
import Testing
import TifaTestSupport

@testable import Store

/// `answer_hour` (schema v6): the review log's figures by deck and UTC hour, kept by triggers, which `tifa stats`
/// reads instead of the log. After every kind of change the table must hold what the log itself gives, counted
/// here answer by answer in Swift.
@Suite("Answers counted by deck and hour")
struct AnswerHourTests {
    let now = date("2026-03-15T10:00:00Z")

    /// One row of `answer_hour`.
    struct HourRow: Equatable, CustomStringConvertible {
        var deckID: Int64
        var hour: String
        var answers = 0, again = 0, reviewAnswers = 0, passedReviews = 0, newCards = 0, milliseconds = 0
        var description: String {
            "\(deckID) \(hour): \([answers, again, reviewAnswers, passedReviews, newCards, milliseconds])"
        }
    }

    func storedRows(_ store: DeckStore) throws -> [HourRow] {
        try store.dbWriter.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM answer_hour ORDER BY deck_id, hour").map { row in
                HourRow(
                    deckID: row["deck_id"], hour: row["hour"], answers: row["answers"], again: row["again"],
                    reviewAnswers: row["review_answers"], passedReviews: row["passed_reviews"],
                    newCards: row["new_cards"], milliseconds: row["duration_ms"])
            }
        }
    }

    /// The rows the whole history gives, each answer in its card's deck and its hour in UTC.
    func rowsFromLog(_ store: DeckStore) throws -> [HourRow] {
        let history = try store.studyHistory(inDeckNamed: nil)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = utc
        formatter.dateFormat = "yyyy-MM-dd HH"
        var decks: [Int64: Int64] = [:]
        for listing in history.cards { decks[listing.card.id ?? 0] = listing.note.deckID }
        var rows: [String: HourRow] = [:]
        for review in history.reviews {
            let deckID = try #require(decks[review.cardID])
            let hour = formatter.string(from: review.reviewedAt)
            var row = rows["\(deckID) \(hour)"] ?? HourRow(deckID: deckID, hour: hour)
            row.answers += 1
            if review.rating == .again { row.again += 1 }
            if review.stateBefore == .review {
                row.reviewAnswers += 1
                if review.rating != .again { row.passedReviews += 1 }
            }
            if review.stateBefore == .new { row.newCards += 1 }
            row.milliseconds += review.durationMilliseconds
            rows["\(deckID) \(hour)"] = row
        }
        return rows.values.sorted { ($0.deckID, $0.hour) < ($1.deckID, $1.hour) }
    }

    func expectTableMatchesLog(_ store: DeckStore, _ step: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        #expect(try storedRows(store) == rowsFromLog(store), "\(step)", sourceLocation: sourceLocation)
    }

    /// A note of one card answered at `times` (UTC), each with a rating and the state before it.
    func note(_ term: String, deck: String, answers: [(time: String, rating: Rating, before: CardState.Kind)]) -> ScheduledNoteImport {
        let memory = MemoryState(stability: 3, difficulty: 5)
        let reviews = answers.enumerated().map { index, answer in
            ImportedReview(
                reviewedAt: date(answer.time), rating: answer.rating, durationMilliseconds: 1000 * (index + 1),
                stateBefore: answer.before, memoryBefore: answer.before == .new ? nil : memory,
                dueBefore: date(answer.time), lastReviewBefore: nil, repsBefore: index, lapsesBefore: 0,
                stateAfter: .review, memoryAfter: memory, dueAfter: date(answer.time).addingTimeInterval(86_400),
                ankiEase: nil)
        }
        return ScheduledNoteImport(
            note: NoteDraft(line: 1, term: term), deckName: deck,
            cards: [
                ScheduledCardImport(
                    type: .recognition, state: .review(memory: memory), due: now, lastReview: nil,
                    reps: answers.count, lapses: 0, suspended: false, buriedUntil: nil, reviews: reviews)
            ])
    }

    @Test("the table holds the log's figures after an import, an answer, an undo, moves, edits and deletions")
    func followsTheLog() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        _ = try store.importScheduledNotes(
            [
                note(
                    "多边主义", deck: "甲",
                    answers: [
                        ("2026-03-01T08:10:00Z", .good, .new), ("2026-03-01T08:50:00Z", .again, .learning),
                        ("2026-03-02T09:00:00Z", .good, .review), ("2026-03-05T23:59:59Z", .again, .review),
                    ]),
                note("同舟共济", deck: "甲", answers: [("2026-03-01T08:20:00Z", .hard, .new)]),
                note("一带一路", deck: "乙", answers: [("2026-03-01T08:30:00Z", .easy, .review)]),
            ], now: now)
        try expectTableMatchesLog(store, "import")
        // By hand: 甲's 08:00 hour of 1 March has three answers, two of them to new cards, one Again, 1+2+1 s.
        let first = try #require(try storedRows(store).first)
        #expect(first.hour == "2026-03-01 08" && first.answers == 3)
        #expect((first.again, first.reviewAnswers, first.newCards, first.milliseconds) == (1, 0, 2, 4000))

        let cards = try store.studyHistory(inDeckNamed: "甲").cards.map(\.card)
        let card = try #require(cards.first)
        let log = try store.recordAnswer(
            cardID: try #require(card.id), rating: .again, state: .relearning(step: 0, memory: MemoryState(stability: 1, difficulty: 6)),
            due: now.addingTimeInterval(600), lastReview: now, reps: card.reps + 1, lapses: 1,
            durationMilliseconds: 7000, now: now)
        try expectTableMatchesLog(store, "an answer")
        #expect(try storedRows(store).contains { $0.hour == "2026-03-15 10" && $0.answers == 1 && $0.again == 1 })
        _ = try store.undoAnswer(logID: try #require(log.id), inDeckNamed: "甲")
        try expectTableMatchesLog(store, "undone")
        #expect(try !storedRows(store).contains { $0.hour == "2026-03-15 10" })

        // What no command does yet, but a later one or another program may: the triggers follow it all the same.
        let other = try store.deck(named: "乙")
        try store.execute("UPDATE note SET deck_id = ? WHERE term = '同舟共济'", arguments: [other.id])
        try expectTableMatchesLog(store, "a note moved to another deck")
        try store.execute(
            "UPDATE card SET note_id = (SELECT id FROM note WHERE term = '一带一路'), type = 'production' WHERE id = ?", arguments: [card.id])
        try expectTableMatchesLog(store, "a card moved to another note")
        try store.execute("UPDATE review_log SET reviewed_at = '2026-03-07 11:30:00.000', rating = 1 WHERE rating = 3")
        try expectTableMatchesLog(store, "answers edited")
        try store.execute("DELETE FROM card WHERE id = ?", arguments: [card.id])
        try expectTableMatchesLog(store, "a card deleted")
        try store.execute("DELETE FROM note WHERE term = '同舟共济'")
        try expectTableMatchesLog(store, "a note deleted")
        _ = try store.importScheduledNotes(
            [note("人类命运共同体", deck: "甲", answers: [("2026-03-01T08:40:00Z", .good, .new)])], now: now)
        try expectTableMatchesLog(store, "a second import")
        #expect(try store.deleteDeck(named: "乙", evenIfItHasCards: true) > 0)
        try expectTableMatchesLog(store, "a deck deleted")
        #expect(try storedRows(store).map(\.deckID) == [try store.deck(named: "甲").id])
    }

    @Test("a database of schema v5 gets its answers counted by hour when it is opened, and kept counted after")
    func migratesAnOlderDatabase() throws {
        let folder = try TemporaryFolder()
        let pool = try DatabasePool(path: folder.databaseURL.path, configuration: DeckStore.makeConfiguration())
        try Schema.migrator.migrate(pool, upTo: "v5 where an example sentence has its term")
        try pool.write { db in
            try db.execute(
                sql: """
                    PRAGMA user_version = 5;
                    INSERT INTO deck (id, name, created) VALUES (1, '甲', '2025-06-01 00:00:00.000'), (2, '乙', '2025-06-01 00:00:00.000');
                    INSERT INTO note (id, deck_id, guid, term, created, modified) VALUES
                        (1, 1, 'g1', '多边主义', '2025-06-01 00:00:00.000', '2025-06-01 00:00:00.000'),
                        (2, 2, 'g2', '同舟共济', '2025-06-01 00:00:00.000', '2025-06-01 00:00:00.000');
                    INSERT INTO card (id, note_id, type, due) VALUES (1, 1, 'recognition', '2025-06-09 00:00:00.000'),
                        (2, 2, 'recognition', '2025-06-09 00:00:00.000');
                    INSERT INTO review_log (card_id, reviewed_at, rating, duration_ms, state_before, state_after,
                        scheduled_seconds, previous_due, previous_reps, previous_lapses) VALUES
                        (1, '2025-06-01 08:10:00.000', 3, 4000, 0, 1, 600, '2025-06-01 00:00:00.000', 0, 0),
                        (1, '2025-06-01 08:50:00.000', 1, 6000, 1, 1, 600, '2025-06-01 00:00:00.000', 1, 0),
                        (1, '2025-06-02 09:00:00.000', 3, 2000, 2, 2, 86400, '2025-06-01 00:00:00.000', 2, 0),
                        (2, '2025-06-01 08:30:00.000', 1, 1000, 2, 3, 600, '2025-06-01 00:00:00.000', 3, 0),
                        (2, 1748770000, 3, 1000, 2, 2, 600, '2025-06-01 00:00:00.000', 4, 0);
                    """)
        }
        try pool.close()

        let store = try folder.openStore()
        #expect(try store.fetchInt("PRAGMA user_version") == 6)
        #expect(FileManager.default.fileExists(atPath: folder.databaseURL.path + ".backup-5"))
        // By hand from the rows above; the time stored as a number belongs to no hour, as it belongs to no day.
        let expected = [
            HourRow(deckID: 1, hour: "2025-06-01 08", answers: 2, again: 1, reviewAnswers: 0, passedReviews: 0, newCards: 1, milliseconds: 10000),
            HourRow(deckID: 1, hour: "2025-06-02 09", answers: 1, again: 0, reviewAnswers: 1, passedReviews: 1, newCards: 0, milliseconds: 2000),
            HourRow(deckID: 2, hour: "2025-06-01 08", answers: 1, again: 1, reviewAnswers: 1, passedReviews: 0, newCards: 0, milliseconds: 1000),
        ]
        #expect(try storedRows(store) == expected)

        let card = try store.card(id: 2).card
        try store.recordAnswer(
            cardID: 2, rating: .good, state: .review(memory: MemoryState(stability: 2, difficulty: 5)),
            due: date("2025-06-03T08:40:00Z"), lastReview: date("2025-06-01T08:40:00Z"), reps: card.reps + 1,
            durationMilliseconds: 3000, now: date("2025-06-01T08:40:00Z"))
        var answered = expected
        // Card 2 is still new (v5 rows above leave its state at 0): its answer counts as a new card.
        answered[2] = HourRow(
            deckID: 2, hour: "2025-06-01 08", answers: 2, again: 1, reviewAnswers: 1, passedReviews: 0, newCards: 1, milliseconds: 4000)
        #expect(try storedRows(store) == answered)
    }
}
