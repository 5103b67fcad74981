import GRDB
import Scheduler

/// `answer_hour` kept up to date for answers inserted by the thousand, as an import of an Anki package inserts
/// them: the trigger that counts each inserted answer (a look-up of its card and note and an upsert, about 4 µs,
/// two-thirds again the cost of the insert) is dropped for the import's transaction and the answers are counted
/// here, by the deck and the stored time the import already has, then added in one pass at the end, and the
/// trigger is made again from its own text. It all happens in the import's one transaction: other connections
/// never see the table without its trigger, and a failed import rolls the drop back with the rest.
struct AnswerHoursInBulk {
    /// A deck and the first 13 characters of a stored time, "yyyy-MM-dd HH", as the trigger takes them: packed
    /// into two integers when they are ASCII (always, for the times Tifa writes), as hashing a string cost more
    /// than the rest of the counting; any other text is kept as SQLite's `substr` cuts it, by code points.
    private struct Hour: Hashable {
        var deckID: Int64
        var packed: (UInt64, UInt64)
        var text: String?

        init(deckID: Int64, reviewedAt: String) {
            self.deckID = deckID
            var bytes = reviewedAt.utf8.prefix(13).makeIterator()
            var first: UInt64 = 0
            var second: UInt64 = 0
            var count = 0
            while let byte = bytes.next(), byte < 0x80, byte != 0 {
                if count < 8 { first |= UInt64(byte) << (8 * count) } else { second |= UInt64(byte) << (8 * (count - 8)) }
                count += 1
            }
            packed = (first, second)
            text = count == min(13, reviewedAt.utf8.count) ? nil : String(String.UnicodeScalarView(reviewedAt.unicodeScalars.prefix(13)))
        }

        var hour: String {
            if let text { return text }
            let bytes = (0..<13).map { index in
                UInt8(truncatingIfNeeded: index < 8 ? packed.0 >> (8 * index) : packed.1 >> (8 * (index - 8)))
            }
            return String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }

        static func == (a: Hour, b: Hour) -> Bool {
            a.deckID == b.deckID && a.packed == b.packed && a.text == b.text
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(deckID)
            hasher.combine(packed.0)
            hasher.combine(packed.1)
            hasher.combine(text)
        }
    }

    private static let triggerName = "answer_hour_after_insert"
    private let triggerSQL: String?
    /// Each hour's figures, counted as a day's are (`cards` is not kept for an hour).
    private var hours: [Hour: DayDetail] = [:]

    /// Drops the per-answer trigger until `finish`.
    init(_ db: Database) throws {
        triggerSQL = try String.fetchOne(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", arguments: [Self.triggerName])
        if triggerSQL != nil { try db.execute(sql: "DROP TRIGGER \(Self.triggerName)") }
    }

    /// Counts an answer inserted into the deck's log at the stored time `reviewedAt`.
    mutating func add(deckID: Int64, reviewedAt: String, rating: Rating, stateBefore: CardState.Kind, milliseconds: Int) {
        let key = Hour(deckID: deckID, reviewedAt: reviewedAt)
        hours[key, default: DayDetail()].count(rating: rating, stateBefore: stateBefore, milliseconds: milliseconds)
    }

    /// Adds the answers counted to `answer_hour` and makes the trigger again.
    func finish(_ db: Database) throws {
        let statement = try db.makeStatement(
            sql: """
                INSERT INTO answer_hour (deck_id, hour, answers, again, review_answers, passed_reviews, new_cards, duration_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (deck_id, hour) DO UPDATE SET
                    answers = answers + excluded.answers, again = again + excluded.again,
                    review_answers = review_answers + excluded.review_answers,
                    passed_reviews = passed_reviews + excluded.passed_reviews,
                    new_cards = new_cards + excluded.new_cards, duration_ms = duration_ms + excluded.duration_ms
                """)
        for (key, figures) in hours {
            try statement.execute(arguments: [
                key.deckID, key.hour, figures.answers, figures.again, figures.reviewAnswers,
                figures.passedReviews, figures.newCards, figures.milliseconds,
            ])
        }
        if let triggerSQL { try db.execute(sql: triggerSQL) }
    }
}
