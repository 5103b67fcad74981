/// FSRS-6's memory model as fsrs-rs trains and evaluates it: the stability and difficulty after each review of an
/// item's history, then the predicted recall at its target.
///
/// The same formulas as `MemoryModel`, in the form fsrs-rs uses while fitting (state clamped to its ranges after
/// every review, stability and difficulty starting from 0). `Backpropagation` differentiates the same formulas;
/// the gradient test holds the two together through finite differences of this one.
struct TrainingModel<Number: ModelNumber> {
    static var stabilityRange: ClosedRange<Double> { 0.001...36_500 }
    static var difficultyRange: ClosedRange<Double> { 1...10 }

    let w: [Number]
    /// 0.9^(−1/w20) − 1, so that R = 0.9 when the elapsed days equal the stability.
    private let factor: Number
    private let negativeDecay: Number
    /// D0(Easy), unclamped: the target of difficulty's mean reversion.
    private let easyInitialDifficulty: Number

    init(_ w: [Number]) {
        self.w = w
        negativeDecay = -w[20]
        factor = Number.pow(Number(constant: 0.9), Number(constant: -1) / w[20]) - Number(constant: 1)
        easyInitialDifficulty = w[4] - Number.exp(w[5] * Number(constant: 3)) + Number(constant: 1)
    }

    /// R(t, S) = (1 + factor·t/S)^(−w20).
    func retrievability(days: Int, stability: Number) -> Number {
        Number.pow(Number(constant: 1) + factor * Number(constant: Double(days)) / stability, negativeDecay)
    }

    /// The predicted probability of recall at the item's target, from the reviews before it.
    func predictedRecall(_ item: TrainingItem) -> Number {
        var result = Number(constant: 0)
        predictRecalls(along: item.reviews, at: [item.reviews.count - 1]) { _, recall in result = recall }
        return result
    }

    /// Calls `body` with the predicted recall at each of `targets` (positions in `reviews`, ascending, each ≥ 1),
    /// from the reviews before it: one pass, however many targets.
    func predictRecalls(along reviews: [TrainingReview], at targets: [Int], _ body: (Int, Number) -> Void) {
        var stability = Number(constant: 0)
        var difficulty = Number(constant: 0)
        var next = 0
        for (index, review) in reviews.enumerated() {
            while next < targets.count && targets[next] == index {
                body(next, retrievability(days: review.deltaDays, stability: stability))
                next += 1
            }
            if next == targets.count { return }
            if index == 0 {
                stability = Number.clamp(w[review.rating.rawValue - 1], Self.stabilityRange)
                difficulty = Number.clamp(
                    w[4] - Number.exp(w[5] * Number(constant: review.rating.grade - 1)) + Number(constant: 1),
                    Self.difficultyRange)
            } else {
                (stability, difficulty) = self.next(stability, difficulty, review)
            }
        }
    }

    /// The state after one review that is not the card's first.
    private func next(_ s: Number, _ d: Number, _ review: TrainingReview) -> (Number, Number) {
        let s = Number.clamp(s, Self.stabilityRange)
        let d = Number.clamp(d, Self.difficultyRange)
        let g = review.rating.grade
        let one = Number(constant: 1)
        let nextStability: Number
        if review.deltaDays == 0 {
            var increase = Number.exp(w[17] * (Number(constant: g - 3) + w[18])) * Number.pow(s, -w[19])
            // A pass never lowers stability; the floor has no gradient (only when strictly below it).
            if review.rating != .again && increase.value < 1 { increase = one }
            nextStability = s * increase
        } else {
            let r = retrievability(days: review.deltaDays, stability: s)
            if review.rating == .again {
                let longTerm =
                    w[11] * Number.pow(d, -w[12]) * (Number.pow(s + one, w[13]) - one)
                    * Number.exp(w[14] * (one - r))
                let ceiling = s / Number.exp(w[17] * w[18])
                nextStability = ceiling.value < longTerm.value ? ceiling : longTerm
            } else {
                var growth =
                    Number.exp(w[8]) * (Number(constant: 11) - d) * Number.pow(s, -w[9])
                    * (Number.exp(w[10] * (one - r)) - one)
                if review.rating == .hard { growth = growth * w[15] }
                if review.rating == .easy { growth = growth * w[16] }
                nextStability = s * (one + growth)
            }
        }
        let damped = d - w[6] * Number(constant: g - 3) * (Number(constant: 10) - d) / Number(constant: 9)
        let reverted = w[7] * easyInitialDifficulty + (one - w[7]) * damped
        return (Number.clamp(nextStability, Self.stabilityRange), Number.clamp(reverted, Self.difficultyRange))
    }
}
