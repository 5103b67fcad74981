import Foundation

/// How well parameters predict recall on a set of items, as fsrs-rs's `evaluate` measures it.
public struct Evaluation: Sendable, Equatable, Codable {
    /// Recency-weighted cross-entropy between predicted recall and what happened (lower is better).
    public var logLoss: Double
    /// Root mean square error between predicted and observed recall over bins of similar items (interval,
    /// number of reviews, lapses), weighted by recency: calibration, in units of probability.
    public var rmseBins: Double

    public init(logLoss: Double, rmseBins: Double) {
        self.logLoss = logLoss
        self.rmseBins = rmseBins
    }

    /// The figures for `items` (in time order: later items weigh more) under `parameters` (21 weights).
    /// Nil for no items.
    public static func evaluate(_ items: [TrainingItem], parameters: [Double]) -> Evaluation? {
        guard !items.isEmpty else { return nil }
        let model = TrainingModel<Double>(parameters)
        let weights = RecencyWeights.make(count: items.count)
        var lossSum = 0.0
        var weightSum = 0.0
        var bins: [BinKey: (predicted: Double, actual: Double, count: Double, weight: Double)] = [:]
        for (item, weight) in zip(items, weights) {
            let p = model.predictedRecall(item)
            let y = item.isRecalled ? 1.0 : 0.0
            lossSum -= weight * (y * log(p) + (1 - y) * log(1 - p))
            weightSum += weight
            var bin = bins[BinKey(item), default: (0, 0, 0, 0)]
            bin.predicted += p
            bin.actual += y
            bin.count += 1
            bin.weight += weight
            bins[BinKey(item)] = bin
        }
        var squared = 0.0
        var binWeight = 0.0
        for bin in bins.values {
            let error = bin.predicted / bin.count - bin.actual / bin.count
            squared += bin.weight * error * error
            binWeight += bin.weight
        }
        return Evaluation(logLoss: lossSum / weightSum, rmseBins: (squared / binWeight).squareRoot())
    }

    /// fsrs-rs's bins: interval, review count and lapse count, each on a logarithmic scale.
    private struct BinKey: Hashable {
        var interval: Int
        var reviews: Int
        var lapses: Int

        init(_ item: TrainingItem) {
            let days = item.target.deltaDays
            interval = days == 0 ? 0 : Self.bucket(Double(days), scale: 2.48, base: 3.62, multiplier: 100)
            reviews = Self.bucket(Double(item.longTermReviewCount + 1), scale: 1.99, base: 1.89)
            let lapses = item.historyLapseCount
            self.lapses = lapses == 0 ? 0 : Self.bucket(Double(lapses), scale: 1.65, base: 1.73)
        }

        /// round(multiplier·scale·base^⌊log_base x⌋).
        static func bucket(_ x: Double, scale: Double, base: Double, multiplier: Double = 1) -> Int {
            let exponent = (log(x) / log(base)).rounded(.down)
            return Int((multiplier * scale * pow(base, exponent)).rounded())
        }
    }
}

/// fsrs-rs's recency weights: 0.25 for the oldest item rising to 1 for the newest, cubically, so that recent
/// reviews count more.
enum RecencyWeights {
    static func make(count: Int) -> [Double] {
        let last = Double(max(count - 1, 1))
        return (0..<count).map { 0.25 + 0.75 * pow(Double($0) / last, 3) }
    }
}
