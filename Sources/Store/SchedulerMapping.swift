import Foundation
import Scheduler

// Between the store's rows (`Card`, `ReviewLog`) and the FSRS scheduler's values (`ScheduledCard`, `ScheduledReview`).

extension Card {
    /// The card as the scheduler sees it. Its id seeds the scheduler's fuzz, so a card answered the same way
    /// is always scheduled to the same day.
    public var schedulerCard: ScheduledCard {
        ScheduledCard(
            id: UInt64(bitPattern: id ?? 0), state: state, due: Timestamp(due),
            lastReview: lastReview.map(Timestamp.init), reviewCount: reps)
    }

    /// The card as the scheduler left it after an answer rated `rating`. The lapse count grows when a card in
    /// review is answered Again (the scheduler keeps no count of its own).
    public func answered(_ rating: Rating, becoming scheduled: ScheduledCard) -> Card {
        var card = self
        card.state = scheduled.state
        card.due = scheduled.due.date
        card.lastReview = scheduled.lastReview?.date
        card.reps = scheduled.reviewCount
        if state.kind == .review && rating == .again { card.lapses += 1 }
        return card
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
    /// Records what the scheduler made of an answer to `card`: its new state and schedule, a review log row at the
    /// review's time with its duration, and `siblings` buried until `dayEnd`. One transaction, as
    /// `recordAnswer(cardID:rating:state:…)`.
    @discardableResult
    public func recordAnswer(
        _ outcome: ReviewOutcome, to card: Card, burying siblings: [Int64] = [],
        until dayEnd: Date? = nil
    ) throws -> ReviewLog {
        let answered = card.answered(outcome.log.rating, becoming: outcome.card)
        return try recordAnswer(
            cardID: card.id ?? 0, rating: outcome.log.rating, state: answered.state, due: answered.due,
            lastReview: answered.lastReview, reps: answered.reps, lapses: answered.lapses,
            durationMilliseconds: outcome.log.duration ?? 0, now: outcome.log.reviewedAt.date,
            burying: siblings, until: dayEnd)
    }
}
