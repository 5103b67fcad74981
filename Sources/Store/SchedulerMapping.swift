import Foundation
import Scheduler

// Between the store's rows and the FSRS scheduler's values. The scheduler's `Card` and `ReviewLog` share their
// names with the store's, so they are written with module selectors (`Scheduler::Card`); its `Rating` is the
// store's own.

extension Card {
    /// The card as the scheduler sees it. Its id seeds the scheduler's fuzz, so a card answered the same way
    /// is always scheduled to the same day.
    public func schedulerCard() throws -> Scheduler::Card {
        let id = self.id ?? 0
        func memory() throws -> MemoryState {
            guard let stability, let difficulty else {
                throw StoreError.inconsistentCard(id, reason: "it is in \(state) without stability and difficulty")
            }
            return MemoryState(stability: stability, difficulty: difficulty)
        }
        let schedulerState: CardState
        switch state {
        case .new: schedulerState = .new
        case .learning: schedulerState = .learning(step: step ?? 0, memory: try memory())
        case .review: schedulerState = .review(memory: try memory())
        case .relearning: schedulerState = .relearning(step: step ?? 0, memory: try memory())
        }
        return Scheduler::Card(
            id: UInt64(bitPattern: id), state: schedulerState, due: Timestamp(due),
            lastReview: lastReview.map(Timestamp.init), reviewCount: reps)
    }
}

extension Card.Schedule {
    /// The schedule the scheduler gave a card answered `rating`; `previous` carries on the lapse count, which
    /// grows when a card in review is answered Again (the scheduler keeps no count of its own).
    public init(_ card: Scheduler::Card, after previous: Card.Schedule, rating: Rating) {
        let state = card.state.kind
        let lapsed = previous.state == .review && rating == .again
        self.init(
            state: state, step: card.state == .new ? nil : card.state.step,
            stability: card.state.memory?.stability, difficulty: card.state.memory?.difficulty,
            due: card.due.date, lastReview: card.lastReview?.date, reps: card.reviewCount,
            lapses: previous.lapses + (lapsed ? 1 : 0))
    }
}

extension Deck {
    /// The scheduler's parameters from this deck's settings: its FSRS parameters (or the defaults), retention,
    /// steps and maximum interval.
    public func schedulerParameters(fuzz: Bool = true) throws -> SchedulerParameters {
        do {
            return try SchedulerParameters(
                weights: fsrsParameters ?? SchedulerParameters.defaultWeights, desiredRetention: desiredRetention,
                learningSteps: learningSteps.map { .seconds($0) }, relearningSteps: relearningSteps.map { .seconds($0) },
                maximumInterval: maximumInterval, isFuzzEnabled: fuzz)
        } catch {
            throw StoreError.schedulerRefusedSettings(deck: name, reason: error.description)
        }
    }
}

extension DeckStore {
    /// Records what the scheduler made of an answer to `card`: its new schedule, and a review log row at the
    /// review's time with its duration, and `siblings` buried until `dayEnd`. One transaction, as
    /// `recordAnswer(cardID:rating:schedule:…)`.
    @discardableResult
    public func recordAnswer(
        _ outcome: ReviewOutcome, to card: Card, burying siblings: [Int64] = [],
        until dayEnd: Date? = nil
    ) throws -> ReviewLog {
        try recordAnswer(
            cardID: card.id ?? 0, rating: outcome.log.rating,
            schedule: Card.Schedule(outcome.card, after: card.schedule, rating: outcome.log.rating),
            durationMilliseconds: outcome.log.duration ?? 0, now: outcome.log.reviewedAt.date,
            burying: siblings, until: dayEnd)
    }
}
