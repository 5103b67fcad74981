import Foundation
import GRDB
import Scheduler

// A deck's FSRS parameters: set them, and bring every card's memory in line with them.
extension DeckStore {
    /// What changing a deck's parameters did.
    public struct ParametersChange: Sendable {
        public var deck: Deck
        /// Cards whose stability and difficulty were recomputed from their review log.
        public var cardsRecomputed: Int
        /// Of those, cards whose due date moved (only with `reschedule`).
        public var cardsRescheduled: Int
    }

    /// Gives a deck new FSRS parameters (nil: FSRS-6's defaults) and recomputes every reviewed card's stability,
    /// difficulty and state by replaying its review log with them, as Anki does when parameters change. Due dates
    /// stay unless `reschedule` is true; then each card is due when the new parameters would have scheduled it.
    /// One transaction: an interruption leaves the deck as it was.
    @discardableResult
    public func setFSRSParameters(
        _ parameters: [Double]?, origin: Deck.ParametersOrigin = .manual, deckNamed name: String,
        reschedule: Bool = false, now: Date
    ) throws -> ParametersChange {
        if let parameters {
            do {
                _ = try SchedulerParameters(weights: parameters)
            } catch {
                throw StoreError.invalidSetting(
                    name: "FSRS parameters", value: parameters.map { "\($0)" }.joined(separator: ","),
                    expected: "21 numbers within FSRS-6's bounds (\(error))")
            }
        }
        return try write { db in
            var deck = try Self.fetchDeck(db, named: name)
            deck.fsrsParameters = parameters
            deck.fsrsParametersOrigin = parameters == nil ? nil : origin
            deck.fsrsParametersChanged = now
            try deck.update(db)
            let scheduler = Scheduler(parameters: try deck.schedulerParameters())
            let cards = try Card.joining(required: Card.note.filter(Note.Columns.deckID == deck.id))
                .filter(Card.Columns.state != CardState.Kind.new).fetchAll(db)
            var logs: [Int64: [ReviewLog]] = [:]
            for log in try ReviewLog.joining(
                required: ReviewLog.card.joining(
                    required: Card.note
                        .filter(Note.Columns.deckID == deck.id))
            ).order(ReviewLog.Columns.reviewedAt, ReviewLog.Columns.id)
                .fetchAll(db)
            {
                logs[log.cardID, default: []].append(log)
            }
            var change = ParametersChange(deck: deck, cardsRecomputed: 0, cardsRescheduled: 0)
            for card in cards {
                guard let id = card.id, let history = logs[id],
                    var replayed = try MemoryRecomputation.replayed(card, log: history, scheduler: scheduler)
                else { continue }
                if !reschedule { replayed.due = card.due }
                if replayed.due != card.due { change.cardsRescheduled += 1 }
                try replayed.update(db)
                change.cardsRecomputed += 1
            }
            return change
        }
    }
}
