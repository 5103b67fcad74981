import Foundation

/// FSRS-6's formulas for stability, difficulty, retrievability and the interval.
///
/// Every expression keeps py-fsrs 6.3.2's order of operations and its use of `math.e ** x` (C `pow`, not
/// `exp`), so on the same C library the results agree with py-fsrs to the last bit; an interval that rounds
/// at exactly half a day must round the same way.
struct MemoryModel: Sendable {
    /// py-fsrs's `math.e`; `pow(e, x)` is not always `exp(x)` to the last bit.
    static let e = 2.718281828459045
    static let minimumStability = 0.001
    static let difficultyRange = 1.0...10.0

    let w: [Double]
    /// -w20: how fast retrievability falls once past the stability.
    let decay: Double
    /// Chosen so that retrievability is exactly 0.9 when the elapsed days equal the stability.
    let factor: Double
    /// `retention^(1/decay) - 1`, the part of the interval that depends only on the desired retention.
    let retentionTerm: Double
    let maximumInterval: Int

    // Terms that depend only on the weights, computed once; each is the very value py-fsrs computes inline.
    /// D0(Easy) without clamping, the target of difficulty's mean reversion.
    let easyInitialDifficulty: Double
    /// e^w8, the scale of stability's growth on recall.
    let recallScale: Double
    /// e^(w17·w18), by which forgetting at least divides stability.
    let forgetDivisor: Double
    /// e^(w17·(G−3+w18)) for G = 1…4, the same-day stability factor before the stability's own term.
    let sameDayScale: [Double]

    init(_ parameters: SchedulerParameters) {
        let w = parameters.weights
        self.w = w
        decay = -w[20]
        factor = pow(0.9, 1 / decay) - 1
        retentionTerm = pow(parameters.desiredRetention, 1 / decay) - 1
        maximumInterval = parameters.maximumInterval
        easyInitialDifficulty = w[4] - pow(Self.e, w[5] * (Rating.easy.grade - 1)) + 1
        recallScale = pow(Self.e, w[8])
        forgetDivisor = pow(Self.e, w[17] * w[18])
        sameDayScale = Rating.allCases.map { pow(Self.e, w[17] * ($0.grade - 3 + w[18])) }
    }

    /// R(t, S) = (1 + FACTOR·t/S)^DECAY for `elapsedDays` whole days; py-fsrs counts a negative elapsed time as 0.
    func retrievability(elapsedDays: Int, stability: Double) -> Double {
        pow(1 + factor * Double(max(0, elapsedDays)) / stability, decay)
    }

    /// S0 = w[G−1].
    func initialStability(_ rating: Rating) -> Double {
        max(w[rating.rawValue - 1], Self.minimumStability)
    }

    /// D0(G) = w4 − e^(w5·(G−1)) + 1, clamped to 1…10.
    func initialDifficulty(_ rating: Rating) -> Double {
        clampDifficulty(w[4] - pow(Self.e, w[5] * (rating.grade - 1)) + 1)
    }

    /// Linear damping towards 10, then mean reversion towards D0(Easy).
    func nextDifficulty(_ difficulty: Double, _ rating: Rating) -> Double {
        let delta = -(w[6] * (rating.grade - 3))
        let damped = difficulty + (10.0 - difficulty) * delta / 9.0
        return clampDifficulty(w[7] * easyInitialDifficulty + (1 - w[7]) * damped)
    }

    /// Stability after a review on a later day than the last one.
    func nextStability(_ memory: MemoryState, retrievability: Double, _ rating: Rating) -> Double {
        let next =
            rating == .again
            ? forgetStability(memory, retrievability: retrievability)
            : recallStability(memory, retrievability: retrievability, rating)
        return max(next, Self.minimumStability)
    }

    /// S' = S·(1 + e^w8·(11−D)·S^−w9·(e^((1−R)·w10) − 1)·(w15 if Hard)·(w16 if Easy)).
    func recallStability(_ memory: MemoryState, retrievability: Double, _ rating: Rating) -> Double {
        let hardPenalty = rating == .hard ? w[15] : 1
        let easyBonus = rating == .easy ? w[16] : 1
        let s = memory.stability
        return s
            * (1 + recallScale * (11 - memory.difficulty) * pow(s, -w[9])
                * (pow(Self.e, (1 - retrievability) * w[10]) - 1) * hardPenalty * easyBonus)
    }

    /// min(w11·D^−w12·((S+1)^w13 − 1)·e^((1−R)·w14), S / e^(w17·w18)): forgetting never raises stability
    /// above what a same-day Again would leave.
    func forgetStability(_ memory: MemoryState, retrievability: Double) -> Double {
        let s = memory.stability
        let longTerm =
            w[11] * pow(memory.difficulty, -w[12]) * (pow(s + 1, w[13]) - 1)
            * pow(Self.e, (1 - retrievability) * w[14])
        return min(longTerm, s / forgetDivisor)
    }

    /// Stability after a review on the same day as the last one (less than 24 hours later):
    /// S·e^(w17·(G−3+w18))·S^−w19, never lowered by a pass.
    func sameDayStability(_ stability: Double, _ rating: Rating) -> Double {
        var increase = sameDayScale[rating.rawValue - 1] * pow(stability, -w[19])
        if rating != .again { increase = max(increase, 1.0) }
        return max(stability * increase, Self.minimumStability)
    }

    /// I = S/FACTOR·(retention^(1/DECAY) − 1) in whole days: rounded half to even (Python's `round`),
    /// at least 1, at most the maximum.
    func intervalDays(stability: Double) -> Int {
        let days = (stability / factor) * retentionTerm
        // Compared before converting, so that an enormous (or infinite) stability cannot trap in Int().
        guard days < Double(maximumInterval) else { return maximumInterval }
        return max(Int(days.rounded(.toNearestOrEven)), 1)
    }

    private func clampDifficulty(_ difficulty: Double) -> Double {
        min(max(difficulty, Self.difficultyRange.lowerBound), Self.difficultyRange.upperBound)
    }
}
