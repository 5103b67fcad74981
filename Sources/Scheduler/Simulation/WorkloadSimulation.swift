import Foundation

/// How much studying a desired retention costs: a deck simulated day by day with FSRS-6 as fsrs-rs's `simulate`
/// does (a review recalled with the model's probability, answers drawn from the learner's shares, each answer
/// costing its logged time), without a clock or the terminal: pure, seeded.
public struct WorkloadSimulation: Sendable {
    public struct Result: Sendable, Equatable {
        public var desiredRetention: Double
        public var reviewsPerDay: Double
        public var minutesPerDay: Double
        /// Σ retrievability of every studied card on the last day: the cards the learner would recall.
        public var remembered: Double

        public var totalMinutes: Double

        /// Minutes of study per card remembered at the end: what the lowest-workload retention minimises
        /// (fsrs-rs's `optimal_retention` target, total cost over memorised cards).
        public var minutesPerRemembered: Double { totalMinutes / max(remembered, 1e-9) }
    }

    /// The deck's weights and maximum interval (its retention is what the simulation varies).
    public let parameters: SchedulerParameters
    public let configuration: SimulationConfiguration
    public let cards: [SimulatedCard]

    public init(parameters: SchedulerParameters, configuration: SimulationConfiguration, cards: [SimulatedCard]) {
        self.parameters = parameters
        self.configuration = configuration
        self.cards = cards
    }

    /// The mean over `seeds` runs at one desired retention, which must be between 0 and 1.
    public func run(desiredRetention: Double, seeds: Range<UInt64> = 0..<4)
        throws(SchedulerParametersError) -> Result
    {
        let formulas = MemoryModel(try parameters.withDesiredRetention(desiredRetention))
        let runs = seeds.map { run(formulas, desiredRetention: desiredRetention, seed: $0) }
        let n = Double(runs.count)
        return Result(
            desiredRetention: desiredRetention, reviewsPerDay: runs.map(\.reviewsPerDay).reduce(0, +) / n,
            minutesPerDay: runs.map(\.minutesPerDay).reduce(0, +) / n, remembered: runs.map(\.remembered).reduce(0, +) / n,
            totalMinutes: runs.map(\.totalMinutes).reduce(0, +) / n)
    }

    private struct Memory {
        var stability: Double
        var difficulty: Double
        var lastDay: Int
        var dueDay: Int
    }

    func run(_ formulas: MemoryModel, desiredRetention: Double, seed: UInt64) -> Result {
        let model = TrainingModel<Double>(parameters.weights)
        var random = SplitMix64(seed: seed &+ 42)
        var studied = cards.map {
            Memory(
                stability: $0.memory.stability, difficulty: $0.memory.difficulty,
                lastDay: $0.lastReviewDay, dueDay: $0.dueDay)
        }
        var remainingNew = configuration.newCards
        var reviews = 0
        var seconds = 0.0
        for day in 0..<configuration.days {
            var done = 0
            for index in studied.indices where studied[index].dueDay <= day && done < configuration.maximumReviewsPerDay {
                done += 1
                var card = studied[index]
                let recall = model.retrievability(days: day - card.lastDay, stability: card.stability)
                let memory = MemoryState(stability: card.stability, difficulty: card.difficulty)
                let rating: Rating
                if random.nextUnitInterval() < recall {
                    rating = Self.draw(configuration.recallRatingShares, &random, first: .hard)
                    card.stability = formulas.nextStability(memory, retrievability: recall, rating)
                    card.difficulty = formulas.nextDifficulty(card.difficulty, rating)
                    seconds += configuration.reviewSeconds[rating.rawValue - 1]
                } else {
                    rating = .again
                    seconds += configuration.reviewSeconds[0]
                    let steps = sameDaySteps(
                        stability: formulas.nextStability(memory, retrievability: recall, .again),
                        difficulty: formulas.nextDifficulty(card.difficulty, .again), after: .again,
                        costs: configuration.relearningSeconds, transitions: configuration.relearningStepTransitions,
                        count: configuration.relearningStepCount, formulas, &random)
                    card.stability = steps.stability
                    card.difficulty = steps.difficulty
                    seconds += steps.seconds
                }
                card.lastDay = day
                card.dueDay = day + formulas.intervalDays(stability: card.stability)
                studied[index] = card
            }
            reviews += done
            let learning = min(remainingNew, configuration.newCardsPerDay)
            remainingNew -= learning
            for _ in 0..<learning {
                let rating = Self.draw(configuration.firstRatingShares, &random, first: .again)
                seconds += configuration.learningSeconds[rating.rawValue - 1]
                reviews += 1
                let steps = sameDaySteps(
                    stability: formulas.initialStability(rating), difficulty: formulas.initialDifficulty(rating),
                    after: rating, costs: configuration.learningSeconds,
                    transitions: configuration.learningStepTransitions, count: configuration.learningStepCount,
                    formulas, &random)
                seconds += steps.seconds
                studied.append(
                    Memory(
                        stability: steps.stability, difficulty: steps.difficulty, lastDay: day,
                        dueDay: day + formulas.intervalDays(stability: steps.stability)))
            }
        }
        let lastDay = configuration.days - 1
        let remembered = studied.reduce(0.0) {
            $0 + model.retrievability(days: max(0, lastDay - $1.lastDay), stability: $1.stability)
        }
        let days = Double(configuration.days)
        return Result(
            desiredRetention: desiredRetention, reviewsPerDay: Double(reviews) / days,
            minutesPerDay: seconds / 60 / days, remembered: remembered, totalMinutes: seconds / 60)
    }

    /// fsrs-rs's same-day steps (`memory_state_short_term`): answers drawn from the step transitions until the
    /// card has passed `count` steps in a row (one fewer after a first Good; none after Easy), at most 5 answers.
    /// Only the first answer of the day counts as a review, as in fsrs-rs; every answer costs its time.
    private func sameDaySteps(
        stability: Double, difficulty: Double, after first: Rating, costs: [Double], transitions: [[Double]],
        count: Int, _ formulas: MemoryModel, _ random: inout SplitMix64
    ) -> (stability: Double, difficulty: Double, seconds: Double) {
        var stability = stability
        var difficulty = difficulty
        var rating = first
        var passed = 0
        var seconds = 0.0
        let needed = first.rawValue > 2 ? max(count - 1, 0) : count
        for _ in 0..<5 {
            if passed >= needed || rating == .easy { break }
            rating = Self.draw(transitions[min(rating.rawValue, 3) - 1], &random, first: .again)
            // The simulator's floor: a same-day Good or Easy never lowers stability (Hard may).
            var increase =
                pow(MemoryModel.e, parameters.weights[17] * (rating.grade - 3 + parameters.weights[18]))
                * pow(stability, -parameters.weights[19])
            if rating.rawValue >= 3 { increase = max(increase, 1) }
            stability = min(max(stability * increase, 0.001), 36_500)
            difficulty = formulas.nextDifficulty(difficulty, rating)
            seconds += costs[rating.rawValue - 1]
            if rating.rawValue > 2 { passed += 1 } else if rating == .again { passed = 0 }
        }
        return (stability, difficulty, seconds)
    }

    private static func draw(_ shares: [Double], _ random: inout SplitMix64, first: Rating) -> Rating {
        // The ratings from `first` on, one a share.
        let ratings = Rating.allCases.filter { $0.rawValue >= first.rawValue }.prefix(shares.count)
        var x = random.nextUnitInterval() * shares.reduce(0, +)
        for (rating, share) in zip(ratings, shares) {
            x -= share
            if x < 0 { return rating }
        }
        return ratings.last ?? first
    }
}
