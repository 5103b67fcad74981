/// Everything that shapes a scheduler's decisions, validated once so that reviewing never has to fail.
/// Defaults and bounds are py-fsrs 6.3.2's.
public struct SchedulerParameters: Sendable, Hashable {
    /// FSRS-6's 21 model weights, w0…w20.
    public let weights: [Double]
    /// The probability of recall the review intervals aim for.
    public let desiredRetention: Double
    /// Delays between the first reviews of a new card before it graduates to day intervals.
    public let learningSteps: [Duration]
    /// Delays between reviews of a forgotten card before it returns to day intervals.
    public let relearningSteps: [Duration]
    /// The longest interval in days.
    public let maximumInterval: Int
    /// Whether review intervals of three days or more are spread a little, so cards learnt together
    /// do not stay due together.
    public let isFuzzEnabled: Bool

    /// FSRS-6's default weights, fitted by its authors on many learners' reviews.
    public static let defaultWeights: [Double] = [
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    ]

    /// The range py-fsrs accepts for each weight; outside them the formulas stop meaning what they should
    /// (a decay of zero divides by zero, a negative initial stability has no interval).
    public static let weightBounds: [ClosedRange<Double>] = [
        0.001...100, 0.001...100, 0.001...100, 0.001...100, 1...10, 0.001...4, 0.001...4, 0.001...0.75,
        0...4.5, 0...0.8, 0.001...3.5, 0.001...5, 0.001...0.25, 0.001...0.9, 0...4, 0...1, 1...6,
        0...2, 0...2, 0...0.8, 0.1...0.8,
    ]

    /// Beyond this many days (about 2,700 years) a date leaves every calendar a learner's software uses.
    static let longestDelayDays = 1_000_000

    /// py-fsrs's defaults: retention 0.9, steps 1 min and 10 min, relearning step 10 min, 36,500 days, fuzz on.
    public static let `default` = SchedulerParameters(
        validWeights: defaultWeights, desiredRetention: 0.9, learningSteps: [.seconds(60), .seconds(600)],
        relearningSteps: [.seconds(600)], maximumInterval: 36_500, isFuzzEnabled: true)

    public init(
        weights: [Double] = defaultWeights,
        desiredRetention: Double = 0.9,
        learningSteps: [Duration] = [.seconds(60), .seconds(600)],
        relearningSteps: [Duration] = [.seconds(600)],
        maximumInterval: Int = 36_500,
        isFuzzEnabled: Bool = true
    ) throws(SchedulerParametersError) {
        guard weights.count == Self.defaultWeights.count else {
            throw .weightCount(weights.count)
        }
        let outOfBounds = weights.indices.filter { !Self.weightBounds[$0].contains(weights[$0]) }.map {
            SchedulerParametersError.WeightOutOfBounds(index: $0, value: weights[$0], bounds: Self.weightBounds[$0])
        }
        guard outOfBounds.isEmpty else { throw .weightsOutOfBounds(outOfBounds) }
        // Retention 0 has no interval (0 to a negative power) and 1 only ever gives the one-day minimum.
        guard desiredRetention > 0, desiredRetention < 1 else { throw .desiredRetention(desiredRetention) }
        let longest = Duration.seconds(Int64(Self.longestDelayDays) * 86_400)
        for step in learningSteps where !(step > .zero && step <= longest) { throw .learningStep(step) }
        for step in relearningSteps where !(step > .zero && step <= longest) { throw .relearningStep(step) }
        guard (1...Self.longestDelayDays).contains(maximumInterval) else { throw .maximumInterval(maximumInterval) }
        self.init(
            validWeights: weights, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, isFuzzEnabled: isFuzzEnabled)
    }

    private init(
        validWeights: [Double], desiredRetention: Double, learningSteps: [Duration], relearningSteps: [Duration],
        maximumInterval: Int, isFuzzEnabled: Bool
    ) {
        self.weights = validWeights
        self.desiredRetention = desiredRetention
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.isFuzzEnabled = isFuzzEnabled
    }

    /// The same parameters aiming at another retention, which must be between 0 and 1.
    func withDesiredRetention(_ retention: Double) throws(SchedulerParametersError) -> SchedulerParameters {
        guard retention > 0, retention < 1 else { throw .desiredRetention(retention) }
        return SchedulerParameters(
            validWeights: weights, desiredRetention: retention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, isFuzzEnabled: isFuzzEnabled)
    }

    /// The same parameters with fuzz switched on or off.
    public func withFuzz(_ enabled: Bool) -> SchedulerParameters {
        SchedulerParameters(
            validWeights: weights, desiredRetention: desiredRetention, learningSteps: learningSteps,
            relearningSteps: relearningSteps, maximumInterval: maximumInterval, isFuzzEnabled: enabled)
    }
}

/// Why a set of scheduler parameters was refused; the description is one sentence for the learner.
public enum SchedulerParametersError: Error, Sendable, Hashable, CustomStringConvertible {
    case weightCount(Int)
    case weightsOutOfBounds([WeightOutOfBounds])
    case desiredRetention(Double)
    case learningStep(Duration)
    case relearningStep(Duration)
    case maximumInterval(Int)

    public struct WeightOutOfBounds: Sendable, Hashable {
        public var index: Int
        public var value: Double
        public var bounds: ClosedRange<Double>
    }

    public var description: String {
        switch self {
        case .weightCount(let count):
            return "expected \(SchedulerParameters.defaultWeights.count) parameters, got \(count)"
        case .weightsOutOfBounds(let weights):
            return weights.map {
                "parameter w\($0.index) = \($0.value) is outside \($0.bounds.lowerBound)…\($0.bounds.upperBound)"
            }.joined(separator: "; ")
        case .desiredRetention(let retention):
            return "desired retention \(retention) must be between 0 and 1, e.g. 0.9"
        case .learningStep(let step):
            return "learning step \(StepNotation.format(step)) must be longer than zero and at most \(SchedulerParameters.longestDelayDays) days"
        case .relearningStep(let step):
            return "relearning step \(StepNotation.format(step)) must be longer than zero and at most \(SchedulerParameters.longestDelayDays) days"
        case .maximumInterval(let days):
            return "maximum interval \(days) must be between 1 and \(SchedulerParameters.longestDelayDays) days"
        }
    }
}
