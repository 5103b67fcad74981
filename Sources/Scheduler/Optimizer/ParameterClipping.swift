import Foundation

/// The ranges fsrs-rs keeps each parameter in after every training step (its `parameter_clipper`).
enum ParameterClipping {
    static let initialStabilityRange = 0.001...100.0

    /// Every parameter moved into its range. `relearningStepCount` bounds w17 and w18: with several relearning
    /// steps, the same-day growth they allow must not carry a forgotten card above what it had before.
    static func clipped(_ w: [Double], relearningStepCount: Int) -> [Double] {
        let ceiling = sameDayCeiling(w, relearningStepCount: relearningStepCount)
        let bounds: [ClosedRange<Double>] = [
            initialStabilityRange, initialStabilityRange, initialStabilityRange, initialStabilityRange,
            1...10, 0.001...4, 0.001...4, 0.001...0.75, 0...4.5, 0...0.8, 0.001...3.5, 0.001...5, 0.001...0.25,
            0.001...0.9, 0...4, 0...1, 1...6, 0...ceiling, 0...ceiling, 0.01...0.8, 0.1...0.8,
        ]
        return zip(w, bounds).map { min(max($0, $1.lowerBound), $1.upperBound) }
    }

    /// 2 with one relearning step; otherwise the bound that keeps S after n same-day steps at or below the
    /// stability a lapse gives at D = 1, R = 0.7, S = 1 (from this step's w11, w13, w14, before clipping).
    static func sameDayCeiling(_ w: [Double], relearningStepCount n: Int) -> Double {
        guard n > 1 else { return 2 }
        let lapse = -(log(w[11]) + log(pow(2, w[13]) - 1) + 0.3 * w[14]) / Double(n)
        let ceiling = max(0.01, lapse).squareRoot()
        return ceiling.isNaN ? 2 : min(2, ceiling)
    }
}
