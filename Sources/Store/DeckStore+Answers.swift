import Foundation
import GRDB

// Answers: record one (card and review log together), undo the last.
extension DeckStore {
    /// Records an answer: the card takes the schedule the scheduler computed, and a review log row keeps the
    /// answer with the card's previous schedule. Both in ONE transaction, committed to disk before returning.
    ///
    /// - Parameters:
    ///   - schedule: the card's schedule after the answer, from the FSRS scheduler.
    ///   - durationMilliseconds: how long the learner took to answer.
    ///   - now: the moment of the answer.
    /// - Returns: the log row written.
    @discardableResult
    public func recordAnswer(cardID: Int64, rating: ReviewLog.Rating, schedule: Card.Schedule,
                             durationMilliseconds: Int, now: Date) throws -> ReviewLog {
        try write { db in
            guard var card = try Card.fetchOne(db, key: cardID) else { throw StoreError.noCard(cardID) }
            let log = try ReviewLog(cardID: cardID, reviewedAt: now, rating: rating,
                                    durationMilliseconds: max(0, durationMilliseconds),
                                    before: card.schedule, after: schedule).inserted(db)
            card.schedule = schedule
            try card.update(db)
            return log
        }
    }

    /// Undoes the latest answer (in one deck, or in any deck when `deckName` is nil): the card gets back the
    /// schedule it had before, exactly, and the log row is deleted. Returns the deleted row.
    @discardableResult
    public func undoLastAnswer(inDeckNamed deckName: String?) throws -> ReviewLog {
        try write { db in
            var logs = ReviewLog.all()
            if let deckName {
                let deck = try Self.fetchDeck(db, named: deckName)
                logs = logs.joining(required: ReviewLog.card.joining(required: Card.note
                    .filter(Note.Columns.deckID == deck.id)))
            }
            guard let log = try logs.order(ReviewLog.Columns.id.desc).fetchOne(db) else {
                throw StoreError.nothingToUndo(deck: deckName)
            }
            guard var card = try Card.fetchOne(db, key: log.cardID) else { throw StoreError.noCard(log.cardID) }
            card.schedule = log.previousSchedule
            try card.update(db)
            try log.delete(db)
            return log
        }
    }

    /// The review log of one deck (or of all decks), oldest first; `since` keeps the answers from that moment on.
    /// This is the history an FSRS optimizer fits parameters to.
    public func reviewLog(inDeckNamed deckName: String?, since: Date? = nil) throws -> [ReviewLog] {
        try read { db in
            var logs = ReviewLog.all()
            if let deckName {
                let deck = try Self.fetchDeck(db, named: deckName)
                logs = logs.joining(required: ReviewLog.card.joining(required: Card.note
                    .filter(Note.Columns.deckID == deck.id)))
            }
            if let since { logs = logs.filter(ReviewLog.Columns.reviewedAt >= since) }
            return try logs.order(ReviewLog.Columns.reviewedAt, ReviewLog.Columns.id).fetchAll(db)
        }
    }
}
