import Foundation
import GRDB
import Scheduler

// Answers: record one (card and review log together), undo the last.
extension DeckStore {
    /// Records an answer: the card takes the state and schedule the scheduler computed, and a review log row
    /// keeps the answer with the card's previous schedule. Both in ONE transaction, committed to disk before
    /// returning, with the burying of the note's other cards due today (`siblings`, until `dayEnd`); a sibling
    /// deleted meanwhile by another process is skipped.
    ///
    /// - Parameters:
    ///   - state, due, lastReview, reps, lapses: the card's schedule after the answer, from the FSRS scheduler.
    ///   - durationMilliseconds: how long the learner took to answer.
    ///   - now: the moment of the answer.
    ///   - siblings: cards to bury until `dayEnd` along with the answer.
    /// - Returns: the log row written.
    @discardableResult
    public func recordAnswer(
        cardID: Int64, rating: Rating, state: CardState, due: Date, lastReview: Date?, reps: Int, lapses: Int = 0,
        durationMilliseconds: Int, now: Date, burying siblings: [Int64] = [], until dayEnd: Date? = nil
    ) throws -> ReviewLog {
        try write { db in
            guard let card = try Card.fetchOne(db, key: cardID) else { throw StoreError.noCard(cardID) }
            var answered = card
            answered.state = state
            answered.due = due
            answered.lastReview = lastReview
            answered.reps = reps
            answered.lapses = lapses
            let log = try ReviewLog(
                cardID: cardID, reviewedAt: now, rating: rating,
                durationMilliseconds: max(0, durationMilliseconds),
                before: card, after: answered
            ).inserted(db)
            try answered.update(db)
            try Self.bury(db, existingCards: siblings, until: dayEnd)
            return log
        }
    }

    /// Undoes the latest answer (in one deck, or in any deck when `deckName` is nil): the card gets back the
    /// schedule it had before, exactly, and the log row is deleted. Returns the deleted row.
    @discardableResult
    func undoLastAnswer(inDeckNamed deckName: String?) throws -> ReviewLog {
        try write { db in
            guard let log = try Self.latestAnswer(db, inDeckNamed: deckName) else {
                throw StoreError.nothingToUndo(deck: deckName)
            }
            try Self.undo(db, log)
            return log
        }
    }

    /// Undoes the answer logged as `logID` if it is still the deck's latest, and unburies the `siblings` it
    /// buried, in ONE transaction. Returns nil, changing nothing, when another answer in the deck came after it
    /// (another tifa answering meanwhile), so that the other's answer is never the one undone.
    public func undoAnswer(logID: Int64, inDeckNamed deckName: String, unburying siblings: [Int64] = [])
        throws -> ReviewLog?
    {
        try write { db in
            guard let log = try Self.latestAnswer(db, inDeckNamed: deckName), log.id == logID else { return nil }
            try Self.undo(db, log)
            try Self.bury(db, existingCards: siblings, until: nil)
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
                logs = logs.joining(
                    required: ReviewLog.card.joining(
                        required: Card.note
                            .filter(Note.Columns.deckID == deck.id)))
            }
            if let since { logs = logs.filter(ReviewLog.Columns.reviewedAt >= since) }
            return try logs.order(ReviewLog.Columns.reviewedAt, ReviewLog.Columns.id).fetchAll(db)
        }
    }

    // MARK: - Inside a transaction

    static func latestAnswer(_ db: Database, inDeckNamed deckName: String?) throws -> ReviewLog? {
        var logs = ReviewLog.all()
        if let deckName {
            let deck = try fetchDeck(db, named: deckName)
            logs = logs.joining(
                required: ReviewLog.card.joining(
                    required: Card.note
                        .filter(Note.Columns.deckID == deck.id)))
        }
        return try logs.order(ReviewLog.Columns.id.desc).fetchOne(db)
    }

    static func undo(_ db: Database, _ log: ReviewLog) throws {
        guard let card = try Card.fetchOne(db, key: log.cardID) else { throw StoreError.noCard(log.cardID) }
        try log.restoringPrevious(card).update(db)
        try log.delete(db)
    }

    /// Buries (or, with nil, unburies) those of the cards that still exist.
    static func bury(_ db: Database, existingCards ids: [Int64], until moment: Date?) throws {
        for var card in try Card.fetchAll(db, keys: ids) {
            card.buriedUntil = moment
            try card.update(db)
        }
    }
}
