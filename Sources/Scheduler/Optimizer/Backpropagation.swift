import Foundation

/// The gradient of the training loss by reverse-mode differentiation: one forward pass over an item's reviews
/// that records what each step computed, then one backward pass that carries ∂loss/∂(stability, difficulty)
/// from the target back to the first review and adds each step's share to the 21 partial derivatives.
///
/// The same formulas as `TrainingModel` (and fsrs-rs's training), differentiated by hand. Forward-mode dual
/// numbers carried 21 derivatives through every operation; this costs about two plain forward passes per chain,
/// 2–3 times less (fsrs-rs's own batches by length, which replay every item from the card's first review, took
/// 3–4 s a learner with duals, under 1.5 s with this).
struct Backpropagation {
    /// What one review did, kept for the backward pass. States are the clamped ones before the review.
    private struct Step {
        enum Kind {
            /// The card's first review: S = w[G−1], D = D0(G).
            case first
            /// A review on the same day: S·m with m = e^(w17·(G−3+w18))·S^(−w19); `floored` when a pass kept m = 1.
            case sameDay(multiplier: Double, floored: Bool)
            /// A lapse whose long-term formula was below the ceiling S/e^(w17·w18).
            case lapse(raw: Double, difficultyPower: Double, stabilityPower: Double, logDifficulty: Double)
            /// A lapse held at the ceiling.
            case lapseCeiling(Double)
            /// A pass on a later day: S·(1 + e^w8·(11−D)·S^(−w9)·(e^(w10·(1−R)) − 1)·bonus).
            case recall(stabilityPower: Double, growthExponential: Double, bonus: Double)
        }

        var kind: Kind
        var rating: Rating
        var stability: Double
        var difficulty: Double
        var logStability: Double
        /// The retrievability at this review, its days and 1 + factor·days/S (0 for same-day reviews).
        var recall: Double
        var days: Double
        var base: Double
        var logBase: Double
        /// Whether the new state was within its range before clamping (else no gradient flows back through it).
        var stabilityPasses: Bool
        var difficultyPasses: Bool
    }

    private let w: [Double]
    private let factor: Double
    /// d factor / d w20.
    private let factorSlope: Double
    private let growthScale: Double
    private let ceilingDivisor: Double
    private let easyInitialDifficulty: Double
    /// e^(w5·(G−1)) and e^(w17·(G−3+w18)) by rating: the same for every review of a batch.
    private let initialDifficultyExponential: [Double]
    private let sameDayScale: [Double]
    private var steps: [Step] = []
    /// ∂loss/∂S of each target's prediction, with respect to the state it was predicted from.
    private var predictions: [Double] = []

    init(_ w: [Double]) {
        self.w = w
        factor = pow(0.9, -1 / w[20]) - 1
        factorSlope = (factor + 1) * log(0.9) / (w[20] * w[20])
        growthScale = exp(w[8])
        ceilingDivisor = exp(w[17] * w[18])
        initialDifficultyExponential = Rating.allCases.map { exp(w[5] * ($0.grade - 1)) }
        easyInitialDifficulty = w[4] - initialDifficultyExponential[3] + 1
        sameDayScale = Rating.allCases.map { exp(w[17] * ($0.grade - 3 + w[18])) }
        steps.reserveCapacity(64)
    }

    /// Adds to `gradient` the derivatives of Σ weight · cross-entropy over the chain's targets, and returns that
    /// loss. One forward pass up to the last target; the backward pass picks up each target's share of
    /// ∂loss/∂S where its prediction was made.
    mutating func add(_ chain: ItemChain, to gradient: inout [Double]) -> Double {
        let reviews = chain.reviews
        let last = chain.targets[chain.targets.count - 1].index
        steps.removeAll(keepingCapacity: true)
        predictions.removeAll(keepingCapacity: true)
        var s = 0.0
        var d = 0.0
        var loss = 0.0
        var next = 0
        for index in 0..<last {
            (s, d) = forward(reviews[index], isFirst: index == 0, s, d)
            while next < chain.targets.count && chain.targets[next].index == index + 1 {
                let target = chain.targets[next]
                let days = Double(reviews[target.index].deltaDays)
                let base = 1 + factor * days / s
                let logBase = log(base)
                let recall = exp(-w[20] * logBase)
                let clamped = min(max(recall, 1e-7), 1 - 1e-7)
                loss -= target.weight * (target.isRecalled ? log(clamped) : log(1 - clamped))
                let slope = target.weight * Optimizer.crossEntropySlope(recall, recalled: target.isRecalled)
                predictions.append(
                    curveBackward(
                        slope, recall: recall, base: base, logBase: logBase, days: days, s: s, &gradient))
                next += 1
            }
        }
        // predictions[j] belongs after the step of target j (index − 1); walk both back together.
        var gS = 0.0
        var gD = 0.0
        var target = chain.targets.count - 1
        for position in stride(from: steps.count - 1, through: 0, by: -1) {
            while target >= 0 && chain.targets[target].index - 1 == position {
                gS += predictions[target]
                target -= 1
            }
            (gS, gD) = backward(steps[position], gS, gD, &gradient)
        }
        return loss
    }

    private mutating func forward(_ review: TrainingReview, isFirst: Bool, _ s: Double, _ d: Double) -> (Double, Double) {
        let g = review.rating.grade
        let r = review.rating.rawValue - 1
        if isFirst {
            let rawS = w[r]
            let rawD = w[4] - initialDifficultyExponential[r] + 1
            steps.append(
                Step(
                    kind: .first, rating: review.rating, stability: 0, difficulty: 0, logStability: 0,
                    recall: 0, days: 0, base: 0, logBase: 0, stabilityPasses: Self.stabilityRange.contains(rawS),
                    difficultyPasses: Self.difficultyRange.contains(rawD)))
            return (Self.clamp(rawS, Self.stabilityRange), Self.clamp(rawD, Self.difficultyRange))
        }
        let logS = log(s)
        var step = Step(
            kind: .first, rating: review.rating, stability: s, difficulty: d, logStability: logS,
            recall: 0, days: 0, base: 0, logBase: 0, stabilityPasses: true, difficultyPasses: true)
        let newS: Double
        if review.deltaDays == 0 {
            let m = sameDayScale[r] * exp(-w[19] * logS)
            let floored = review.rating != .again && m < 1
            step.kind = .sameDay(multiplier: m, floored: floored)
            newS = floored ? s : s * m
        } else {
            step.days = Double(review.deltaDays)
            step.base = 1 + factor * step.days / s
            step.logBase = log(step.base)
            step.recall = exp(-w[20] * step.logBase)
            let forgetting = 1 - step.recall
            if review.rating == .again {
                let logD = log(d)
                let difficultyPower = exp(-w[12] * logD)
                let stabilityPower = exp(w[13] * log(s + 1))
                let raw = w[11] * difficultyPower * (stabilityPower - 1) * exp(w[14] * forgetting)
                let ceiling = s / ceilingDivisor
                if ceiling < raw {
                    step.kind = .lapseCeiling(ceiling)
                    newS = ceiling
                } else {
                    step.kind = .lapse(
                        raw: raw, difficultyPower: difficultyPower, stabilityPower: stabilityPower,
                        logDifficulty: logD)
                    newS = raw
                }
            } else {
                let bonus = review.rating == .hard ? w[15] : review.rating == .easy ? w[16] : 1
                let stabilityPower = exp(-w[9] * logS)
                let growthExponential = exp(w[10] * forgetting)
                step.kind = .recall(stabilityPower: stabilityPower, growthExponential: growthExponential, bonus: bonus)
                newS = s * (1 + growthScale * (11 - d) * stabilityPower * (growthExponential - 1) * bonus)
            }
        }
        let damped = d - w[6] * (g - 3) * (10 - d) / 9
        let reverted = w[7] * easyInitialDifficulty + (1 - w[7]) * damped
        step.stabilityPasses = Self.stabilityRange.contains(newS)
        step.difficultyPasses = Self.difficultyRange.contains(reverted)
        steps.append(step)
        return (Self.clamp(newS, Self.stabilityRange), Self.clamp(reverted, Self.difficultyRange))
    }

    /// From ∂loss/∂(S, D) after `step` to ∂loss/∂(S, D) before it, adding the parameters' share on the way.
    private func backward(_ step: Step, _ gOutS: Double, _ gOutD: Double, _ gw: inout [Double]) -> (Double, Double) {
        let gS = step.stabilityPasses ? gOutS : 0
        let gMean = step.difficultyPasses ? gOutD : 0
        let g = step.rating.grade
        let s = step.stability
        let d = step.difficulty
        var gLastS = 0.0
        var gLastD = 0.0
        var gR = 0.0
        switch step.kind {
        case .first:
            let r = step.rating.rawValue - 1
            gw[r] += gS
            gw[4] += gMean
            gw[5] -= gMean * (g - 1) * initialDifficultyExponential[r]
            return (0, 0)
        case .sameDay(let m, let floored):
            if floored {
                gLastS = gS
            } else {
                let q = gS * s * m
                gLastS = gS * m * (1 - w[19])
                gw[17] += q * (g - 3 + w[18])
                gw[18] += q * w[17]
                gw[19] -= q * step.logStability
            }
        case .lapseCeiling(let ceiling):
            gLastS = gS / ceilingDivisor
            gw[17] -= gS * ceiling * w[18]
            gw[18] -= gS * ceiling * w[17]
        case .lapse(let raw, let difficultyPower, let stabilityPower, let logD):
            let exponential = exp(w[14] * (1 - step.recall))
            gw[11] += gS * difficultyPower * (stabilityPower - 1) * exponential
            gw[12] -= gS * raw * logD
            gw[13] += gS * w[11] * difficultyPower * stabilityPower * log(s + 1) * exponential
            gw[14] += gS * raw * (1 - step.recall)
            gLastS = gS * w[11] * difficultyPower * exponential * w[13] * stabilityPower / (s + 1)
            gLastD = -gS * raw * w[12] / d
            gR = -gS * raw * w[14]
        case .recall(let stabilityPower, let growthExponential, let bonus):
            let core = growthScale * (11 - d) * stabilityPower
            let growth = core * (growthExponential - 1) * bonus
            let q = gS * s
            gLastS = gS * (1 + growth - w[9] * growth)
            gLastD = -q * growthScale * stabilityPower * (growthExponential - 1) * bonus
            gR = -q * core * bonus * w[10] * growthExponential
            gw[8] += q * growth
            gw[9] -= q * growth * step.logStability
            gw[10] += q * core * bonus * (1 - step.recall) * growthExponential
            if step.rating == .hard { gw[15] += q * core * (growthExponential - 1) }
            if step.rating == .easy { gw[16] += q * core * (growthExponential - 1) }
        }
        if gMean != 0 {
            let damped = d - w[6] * (g - 3) * (10 - d) / 9
            gw[7] += gMean * (easyInitialDifficulty - damped)
            gw[4] += gMean * w[7]
            gw[5] -= gMean * w[7] * 3 * initialDifficultyExponential[3]
            let gDamped = gMean * (1 - w[7])
            gw[6] -= gDamped * (g - 3) * (10 - d) / 9
            gLastD += gDamped * (1 + w[6] * (g - 3) / 9)
        }
        if gR != 0 {
            gLastS += curveBackward(
                gR, recall: step.recall, base: step.base, logBase: step.logBase,
                days: step.days, s: s, &gw)
        }
        return (gLastS, gLastD)
    }

    /// Adds ∂loss/∂w20 of R = (1 + factor·t/S)^(−w20), given ∂loss/∂R, and returns ∂loss/∂S.
    private func curveBackward(
        _ gR: Double, recall: Double, base: Double, logBase: Double, days: Double, s: Double, _ gw: inout [Double]
    ) -> Double {
        let w20 = w[20]
        gw[20] += gR * recall * (-logBase - w20 * days / s * factorSlope / base)
        return gR * recall * w20 / base * factor * days / (s * s)
    }

    private static let stabilityRange = TrainingModel<Double>.stabilityRange
    private static let difficultyRange = TrainingModel<Double>.difficultyRange

    private static func clamp(_ x: Double, _ range: ClosedRange<Double>) -> Double {
        min(max(x, range.lowerBound), range.upperBound)
    }
}
