import GRDB
import Scheduler

/// What a deck's review log holds for one study day: how many review cards and new cards were answered,
/// and which notes were studied (their sibling cards wait for another day).
struct TodaysAnswers {
    var reviews: Int
    var newCards: Int
    var notes: Set<Int64>

    /// Reads the day's answers through the log's date index. The CROSS JOINs fix that order: left to choose,
    /// SQLite walks every note of the deck instead (60 ms on a 100,000-card deck, against under 1 ms).
    init(_ db: Database, deck: Deck, day: StudyDay) throws {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT review_log.card_id, review_log.state_before, card.note_id
                FROM review_log CROSS JOIN card ON card.id = review_log.card_id CROSS JOIN note ON note.id = card.note_id
                WHERE review_log.reviewed_at >= ? AND review_log.reviewed_at < ? AND note.deck_id = ?
                """, arguments: [day.start, day.end, deck.id])
        var reviews = 0
        var newCards = Set<Int64>()
        var notes = Set<Int64>()
        for row in rows {
            let cardID: Int64 = row["card_id"]
            let stateBefore: Int = row["state_before"]
            guard let state = CardState.Kind(rawValue: stateBefore) else {
                throw StoreError.inconsistentCard(cardID, reason: "an answer has state \(stateBefore)")
            }
            if state == .review { reviews += 1 }
            if state == .new { newCards.insert(cardID) }
            notes.insert(row["note_id"])
        }
        self.reviews = reviews
        self.newCards = newCards.count
        self.notes = notes
    }
}
