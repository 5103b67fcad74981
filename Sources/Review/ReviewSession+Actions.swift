import Foundation
import Scheduler
import Store

/// What the session did, kept so that `u` can take it back: the action and the queue as it was before it.
struct UndoStep {
    enum Action {
        /// An answer, with the review log row it wrote and the siblings it buried.
        case answer(logID: Int64, buriedSiblings: [Int64])
        case bury(previously: Date?)
        case suspend
    }

    var action: Action
    var cardID: Int64
    var term: String
    var queueBefore: StudyQueue
}

// The session's actions on the store: answer, bury, suspend, and undo each of them.
extension ReviewSession {
    /// Saves an answer at once (card, review log and the burying of the note's other cards due today in one
    /// transaction), and puts the card back in the queue if its next learning step is due today.
    func answer(_ listing: CardListing, _ entry: StudyQueue.Entry, _ rating: Rating, shownAt: Date) throws {
        let now = clock.now()
        let seconds = min(max(0, now.timeIntervalSince(shownAt)), settings.longestAnswer)
        let outcome = scheduler.review(
            listing.card.schedulerCard, rating: rating, now: Timestamp(now),
            duration: Int((seconds * 1000).rounded()))
        let before = queue
        let siblings = queue.takeHeldBack(noteID: listing.card.noteID)
        let log = try store.recordAnswer(outcome, to: listing.card, burying: siblings, until: day.end)
        queue.answered(entry, state: outcome.card.state.kind, due: outcome.card.due.date, dayEnd: day.end)
        history.append(
            UndoStep(
                action: .answer(logID: log.id ?? 0, buriedSiblings: siblings),
                cardID: entry.cardID, term: listing.note.term, queueBefore: before))
        tally.record(cardID: entry.cardID, rating: rating)
    }

    func bury(_ listing: CardListing, _ entry: StudyQueue.Entry) throws {
        try store.bury(cardIDs: [entry.cardID], until: day.end)
        history.append(
            UndoStep(
                action: .bury(previously: listing.card.buriedUntil), cardID: entry.cardID,
                term: listing.note.term, queueBefore: queue))
        queue.remove(cardID: entry.cardID)
    }

    func suspend(_ listing: CardListing, _ entry: StudyQueue.Entry) throws {
        try store.setSuspended(true, [.id(entry.cardID)])
        history.append(UndoStep(action: .suspend, cardID: entry.cardID, term: listing.note.term, queueBefore: queue))
        queue.remove(cardID: entry.cardID)
    }

    /// Takes back the session's last action; the card it was about is to be shown next. Nil when the session
    /// has done nothing yet.
    func undo() throws -> (message: String, cardID: Int64)? {
        guard let step = history.last else { return nil }
        let message: String
        switch step.action {
        case let .answer(logID, siblings):
            // Only while it is still the deck's latest answer, checked in the undo's own transaction.
            guard let undone = try store.undoAnswer(logID: logID, inDeckNamed: deck.name, unburying: siblings) else {
                throw ReviewError.undoOvertaken(deck: deck.name)
            }
            tally.takeBackLast()
            message = "Undid the answer \(undone.rating.rawValue) to \(step.term)."
        case .bury(let previously):
            try store.bury(cardIDs: [step.cardID], until: previously)
            message = "Unburied \(step.term)."
        case .suspend:
            try store.setSuspended(false, [.id(step.cardID)])
            message = "Unsuspended \(step.term)."
        }
        history.removeLast()
        queue = step.queueBefore
        return (message, step.cardID)
    }
}
