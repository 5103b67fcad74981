/// FSRS-6 scheduling, computing what py-fsrs 6.3.2's `Scheduler.review_card` computes: the same stability,
/// difficulty, state, step and due time for the same answers at the same times (fuzz aside, which is seeded here).
///
/// A value with no clock and no randomness of its own: the time of a review is always passed in.
public struct Scheduler: Sendable {
    public let parameters: SchedulerParameters
    private let model: MemoryModel
    /// The steps in microseconds, `timedelta`'s resolution, so that halving a step rounds as py-fsrs's does.
    private let learningSteps: [Int64]
    private let relearningSteps: [Int64]

    public init(parameters: SchedulerParameters = .default) {
        self.parameters = parameters
        model = MemoryModel(parameters)
        learningSteps = parameters.learningSteps.map(Timestamp.microseconds)
        relearningSteps = parameters.relearningSteps.map(Timestamp.microseconds)
    }

    /// The card after answering `rating` at `now`, and the review's record. `duration` is in milliseconds.
    public func review(_ card: ScheduledCard, rating: Rating, now: Timestamp, duration: Int? = nil) -> ReviewOutcome {
        answer(card, rating, ReviewMoment(card, now, model), duration: duration)
    }

    /// All four answers at once, sharing the work that does not depend on the answer.
    public func outcomes(for card: ScheduledCard, now: Timestamp) -> ReviewOutcomes {
        let moment = ReviewMoment(card, now, model)
        return ReviewOutcomes(
            again: answer(card, .again, moment, duration: nil),
            hard: answer(card, .hard, moment, duration: nil),
            good: answer(card, .good, moment, duration: nil),
            easy: answer(card, .easy, moment, duration: nil))
    }

    /// The probability that the learner recalls the card at `time`, counting whole days since the last review
    /// as py-fsrs does (so it stays at 1 for the first 24 hours). Nil for a new card, which py-fsrs reports as 0.
    public func retrievability(of card: ScheduledCard, at time: Timestamp) -> Double? {
        guard card.state.memory != nil else { return nil }
        return ReviewMoment(card, time, model).retrievability
    }

    /// `review` and `retrievability(of:at:)` of the same card at the same time, with the retrievability computed
    /// once: the replay prints both, and the power function was a tenth of its time.
    func reviewWithRetrievability(_ card: ScheduledCard, rating: Rating, now: Timestamp, duration: Int?)
        -> (outcome: ReviewOutcome, retrievability: Double?)
    {
        let moment = ReviewMoment(card, now, model)
        let outcome = answer(card, rating, moment, duration: duration)
        return (outcome, card.state.memory == nil ? nil : moment.retrievability)
    }

    private func answer(_ card: ScheduledCard, _ rating: Rating, _ moment: ReviewMoment, duration: Int?) -> ReviewOutcome {
        let next: (state: CardState, interval: Interval)
        switch card.state {
        case .new:
            let memory = MemoryState(
                stability: model.initialStability(rating), difficulty: model.initialDifficulty(rating))
            next = nextInSteps(learningSteps, from: 0, rating, memory, relearning: false)
        case .learning(let step, let memory):
            next = nextInSteps(learningSteps, from: step, rating, remembered(memory, rating, moment), relearning: false)
        case .review(let memory):
            next = nextInReview(rating, remembered(memory, rating, moment))
        case .relearning(let step, let memory):
            next = nextInSteps(relearningSteps, from: step, rating, remembered(memory, rating, moment), relearning: true)
        }

        let intervalMicroseconds: Int64
        switch next.interval {
        case .microseconds(let microseconds):
            intervalMicroseconds = microseconds
        case .days(var days):
            if parameters.isFuzzEnabled, case .review = next.state {
                days = Fuzz.days(
                    days, maximumInterval: parameters.maximumInterval,
                    seed: Fuzz.seed(cardID: card.id, reviewCount: card.reviewCount))
            }
            intervalMicroseconds = Int64(days) * Timestamp.microsecondsPerDay
        }

        let reviewed = ScheduledCard(
            id: card.id, state: next.state, due: moment.now.advanced(byMicroseconds: intervalMicroseconds),
            lastReview: moment.now, reviewCount: card.reviewCount &+ 1)
        let log = ScheduledReview(
            cardID: card.id, rating: rating, reviewedAt: moment.now, duration: duration,
            elapsedDays: moment.elapsedDays, interval: .microseconds(intervalMicroseconds))
        return ReviewOutcome(card: reviewed, log: log)
    }

    /// The memory after a review of a card that has one: the same-day formula within 24 hours of the last
    /// review, the recall or forgetting formula after that; difficulty moves either way.
    private func remembered(_ memory: MemoryState, _ rating: Rating, _ moment: ReviewMoment) -> MemoryState {
        let stability =
            moment.isSameDay
            ? model.sameDayStability(memory.stability, rating)
            : model.nextStability(memory, retrievability: moment.retrievability, rating)
        return MemoryState(stability: stability, difficulty: model.nextDifficulty(memory.difficulty, rating))
    }

    /// A learning or relearning card's next state: Again goes back to the first step, Hard waits again at the
    /// same step, Good moves to the next step or graduates after the last, Easy graduates at once.
    private func nextInSteps(
        _ steps: [Int64], from step: Int, _ rating: Rating, _ memory: MemoryState, relearning: Bool
    ) -> (state: CardState, interval: Interval) {
        func graduated() -> (state: CardState, interval: Interval) {
            (.review(memory: memory), .days(model.intervalDays(stability: memory.stability)))
        }
        // A step past the last one happens when the card was scheduled with more steps than these; py-fsrs then
        // graduates any pass. A negative step cannot come from a review; it is read as the first.
        let step = max(step, 0)
        if steps.isEmpty || (step >= steps.count && rating != .again) { return graduated() }
        func waiting(at step: Int) -> CardState {
            relearning ? .relearning(step: step, memory: memory) : .learning(step: step, memory: memory)
        }
        switch rating {
        case .again:
            return (waiting(at: 0), .microseconds(steps[0]))
        case .hard:
            // At the first step Hard must wait longer than Again and less than Good: py-fsrs takes the mean of the
            // first two steps, or 1.5 times a single step, rounded to the microsecond as `timedelta` rounds.
            let delay =
                if step == 0 && steps.count == 1 {
                    Timestamp.divideRoundingHalfToEven(steps[0] * 3, by: 2)
                } else if step == 0 {
                    Timestamp.divideRoundingHalfToEven(steps[0] + steps[1], by: 2)
                } else {
                    steps[step]
                }
            return (waiting(at: step), .microseconds(delay))
        case .good:
            if step + 1 == steps.count { return graduated() }
            return (waiting(at: step + 1), .microseconds(steps[step + 1]))
        case .easy:
            return graduated()
        }
    }

    /// A review card's next state: Again starts relearning (or stays in review when there are no relearning
    /// steps); a pass schedules the next interval.
    private func nextInReview(_ rating: Rating, _ memory: MemoryState) -> (state: CardState, interval: Interval) {
        if rating == .again, let firstStep = relearningSteps.first {
            return (.relearning(step: 0, memory: memory), .microseconds(firstStep))
        }
        return (.review(memory: memory), .days(model.intervalDays(stability: memory.stability)))
    }

    /// A delay before the next review: a (re)learning step, or whole days, which fuzz may change.
    private enum Interval {
        case microseconds(Int64)
        case days(Int)
    }
}

/// What a review's time means for a card, whatever the answer.
private struct ReviewMoment {
    let now: Timestamp
    /// Whole days since the last review; nil before the first.
    let elapsedDays: Int?
    /// py-fsrs's `get_card_retrievability` at `now`: 0 for a card without a last review.
    let retrievability: Double

    /// Less than 24 hours since the last review (or the clock went back), when FSRS uses its same-day formula.
    var isSameDay: Bool { elapsedDays.map { $0 < 1 } ?? false }

    init(_ card: ScheduledCard, _ now: Timestamp, _ model: MemoryModel) {
        self.now = now
        elapsedDays = card.lastReview.map { now.wholeDays(since: $0) }
        if let elapsedDays, let memory = card.state.memory {
            retrievability = model.retrievability(elapsedDays: elapsedDays, stability: memory.stability)
        } else {
            retrievability = 0
        }
    }
}
