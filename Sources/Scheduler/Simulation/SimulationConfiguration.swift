/// What a workload simulation assumes about a deck and its learner: fsrs-rs's `SimulatorConfig`, with the deck's
/// own limits and, where the review log has them, the learner's own answer shares and answer times.
public struct SimulationConfiguration: Sendable {
    /// Cards not yet studied, introduced at `newCardsPerDay`.
    public var newCards: Int
    public var days: Int
    public var newCardsPerDay: Int
    public var maximumReviewsPerDay: Int
    public var maximumInterval: Int
    /// Shares of Again, Hard, Good, Easy as a new card's first answer.
    public var firstRatingShares: [Double]
    /// Shares of Hard, Good, Easy among recalled reviews.
    public var recallRatingShares: [Double]
    /// Seconds per answer, by rating: for a new card's first answer, in review, and for a relearning step.
    public var learningSeconds: [Double]
    public var reviewSeconds: [Double]
    public var relearningSeconds: [Double]
    /// Same-day steps a card must pass after a first answer other than Easy, and after a lapse.
    public var learningStepCount: Int
    public var relearningStepCount: Int
    /// The answer at the next same-day step after Again, Hard, Good (rows) — shares of Again…Easy (columns).
    public var learningStepTransitions: [[Double]]
    public var relearningStepTransitions: [[Double]]

    /// fsrs-rs 6.6's `SimulatorConfig::default()` shares and costs.
    public init(
        newCards: Int, days: Int = 365, newCardsPerDay: Int = 20, maximumReviewsPerDay: Int = 9_999,
        maximumInterval: Int = 36_500
    ) {
        self.newCards = newCards
        self.days = days
        self.newCardsPerDay = newCardsPerDay
        self.maximumReviewsPerDay = maximumReviewsPerDay
        self.maximumInterval = maximumInterval
        firstRatingShares = [0.24, 0.094, 0.495, 0.171]
        recallRatingShares = [0.224, 0.631, 0.145]
        learningSeconds = [19.58, 18.79, 13.78, 10.71]
        reviewSeconds = [19.38, 17.59, 12.38, 8.94]
        relearningSeconds = [16.44, 15.25, 12.32, 8.03]
        learningStepCount = 2
        relearningStepCount = 1
        learningStepTransitions = [
            [0.3686, 0.0628, 0.5108, 0.0577], [0.0442, 0.4553, 0.4457, 0.0549],
            [0.0519, 0.047, 0.8462, 0.055],
        ]
        relearningStepTransitions = [
            [0.2157, 0.0643, 0.6595, 0.0604], [0.05, 0.4638, 0.4475, 0.0387],
            [0.1057, 0.1434, 0.7266, 0.0244],
        ]
    }
}

/// A card already studied, as the simulation starts from it.
public struct SimulatedCard: Sendable {
    public var memory: MemoryState
    /// Days from the start of the simulation (negative: in the past) of the last review and of the due date.
    public var lastReviewDay: Int
    public var dueDay: Int

    public init(memory: MemoryState, lastReviewDay: Int, dueDay: Int) {
        self.memory = memory
        self.lastReviewDay = lastReviewDay
        self.dueDay = dueDay
    }
}
