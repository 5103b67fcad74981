import Foundation

/// The four initial stabilities w0–w3, fitted before the gradient descent as fsrs-rs does: for each first
/// answer, the stability whose forgetting curve best explains recall at the first review on a later day.
enum Pretraining {
    /// FSRS-6's default decay: pre-training fits S0 alone, on the default curve's shape.
    static let decay = 0.1542
    static let defaults = Array(SchedulerParameters.defaultWeights.prefix(4))

    struct Result: Equatable {
        /// S0 for Again, Hard, Good, Easy; ratings without data filled in from the others.
        var stabilities: [Double]
        /// How many items each first answer had: which value wins when two disagree.
        var counts: [Rating: Int]
    }

    /// nil when no first answer has data left after the outlier filter.
    static func fit(_ initial: [TrainingItem], averageRecall: Double) -> Result? {
        var groups: [Rating: [Int: (count: Int, recalled: Int)]] = [:]
        for item in initial {
            var group = groups[item.reviews[0].rating, default: [:]][item.target.deltaDays, default: (0, 0)]
            group.count += 1
            group.recalled += item.isRecalled ? 1 : 0
            groups[item.reviews[0].rating, default: [:]][item.target.deltaDays] = group
        }
        var fitted: [Rating: Double] = [:]
        var counts: [Rating: Int] = [:]
        for (rating, byDays) in groups {
            let points = byDays.map { days, group in
                let n = Double(group.count)
                let recall = (Double(group.recalled) + averageRecall) / (n + 1)
                return (days: Double(days), count: n, recall: recall)
            }
            let prior = defaults[rating.rawValue - 1]
            fitted[rating] = Double(
                Float(
                    minimise(in: 0.001...100) { stability in
                        loss(points, stability: stability) + abs(stability - prior) / 16
                    }))
            counts[rating] = byDays.values.reduce(0) { $0 + $1.count }
        }
        guard !fitted.isEmpty else { return nil }
        return Result(stabilities: smoothAndFill(fitted, counts: counts), counts: counts)
    }

    /// Cross-entropy of the smoothed recall of each (days) group against the default-decay forgetting curve.
    private static func loss(_ points: [(days: Double, count: Double, recall: Double)], stability: Double) -> Double {
        let factor = pow(0.9, -1 / decay) - 1
        var total = 0.0
        for point in points {
            let r = pow(1 + factor * point.days / stability, -decay)
            total += point.count * (-point.recall * log(r) - (1 - point.recall) * log(1 - r))
        }
        return total
    }

    /// Ternary search for the minimum of a unimodal function, to the last bit fsrs-rs searches to.
    static func minimise(in range: ClosedRange<Double>, _ f: (Double) -> Double) -> Double {
        var low = range.lowerBound
        var high = range.upperBound
        var iterations = 0
        while high - low > 2.220446049250313e-16 && iterations < 1000 {
            let m1 = low + (high - low) / 3
            let m2 = high - (high - low) / 3
            if f(m1) < f(m2) { high = m2 } else { low = m1 }
            iterations += 1
        }
        return (low + high) / 2
    }

    /// Makes S0 grow with the answer (where two disagree, the one with more cards wins), then fills the answers
    /// without data from those with, by FSRS's usual ratios between them; all clamped to 0.001…100.
    static func smoothAndFill(_ known: [Rating: Double], counts: [Rating: Int]) -> [Double] {
        var s: [Double?] = Rating.allCases.map { known[$0] }
        let count = Rating.allCases.map { counts[$0] ?? 0 }
        for (a, b) in [(0, 1), (1, 2), (2, 3), (0, 2), (1, 3), (0, 3)] {
            guard let sa = s[a], let sb = s[b], sa > sb else { continue }
            if count[a] > count[b] { s[b] = sa } else { s[a] = sb }
        }
        let (a, b) = (0.41, 0.54)
        func s1(_ s2: Double, _ s3: Double) -> Double { pow(s2, 1 / a) * pow(s3, 1 - 1 / a) }
        func s2(_ s1: Double, _ s3: Double) -> Double { pow(s1, a) * pow(s3, 1 - a) }
        func s3(_ s2: Double, _ s4: Double) -> Double { pow(s2, 1 - b) * pow(s4, b) }
        func s4(_ s2: Double, _ s3: Double) -> Double { pow(s2, 1 - 1 / b) * pow(s3, 1 / b) }
        switch (s[0], s[1], s[2], s[3]) {
        case (nil, nil, nil, nil):
            return defaults
        case let (x?, nil, nil, nil), let (nil, x?, nil, nil), let (nil, nil, x?, nil), let (nil, nil, nil, x?):
            let index = s.firstIndex { $0 != nil } ?? 0
            s = defaults.map { $0 * x / defaults[index] }
        case let (nil, nil, v3?, v4?):
            let v2 = pow(v3, 1 / (1 - b)) * pow(v4, 1 - 1 / (1 - b))
            s = [s1(v2, v3), v2, v3, v4]
        case let (nil, v2?, nil, v4?):
            let v3 = s3(v2, v4)
            s = [s1(v2, v3), v2, v3, v4]
        case let (nil, v2?, v3?, nil):
            s = [s1(v2, v3), v2, v3, s4(v2, v3)]
        case let (v1?, nil, nil, v4?):
            let q = a + b - a * b
            s = [v1, pow(v1, a / q) * pow(v4, 1 - a / q), pow(v1, 1 - b / q) * pow(v4, b / q), v4]
        case let (v1?, nil, v3?, nil):
            let v2 = s2(v1, v3)
            s = [v1, v2, v3, s4(v2, v3)]
        case let (v1?, v2?, nil, nil):
            let v3 = pow(v1, 1 - 1 / (1 - a)) * pow(v2, 1 / (1 - a))
            s = [v1, v2, v3, s4(v2, v3)]
        case let (nil, v2?, v3?, v4?):
            s[0] = s1(v2, v3)
            _ = v4
        case let (v1?, nil, v3?, v4?):
            s[1] = s2(v1, v3)
            _ = v4
        case let (v1?, v2?, nil, v4?):
            s[2] = s3(v2, v4)
            _ = v1
        case let (v1?, v2?, v3?, nil):
            s[3] = s4(v2, v3)
            _ = v1
        case (.some, .some, .some, .some):
            break
        }
        return s.map { min(max($0 ?? 0.001, 0.001), 100) }
    }
}
