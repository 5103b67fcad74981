/// A fit with the figures that say whether it helped: what `tifa fsrs optimize` prints.
public struct FitReport: Sendable, Equatable {
    public var fit: Optimizer.Fit
    /// Reviews of the cards that gave at least one training item, first reviews included.
    public var reviews: Int
    /// Cards with at least one review on a later day than their first.
    public var cards: Int
    /// Training items evaluated: every review on a later day than the one before it.
    public var items: Int
    public var defaultEvaluation: Evaluation
    public var fittedEvaluation: Evaluation

    /// Fits `histories` and evaluates the default and the fitted parameters on all of their items, as
    /// fsrs-rs's `evaluate` does (no outlier filter).
    public static func make(
        _ histories: [TrainingItems.History], optimizer: Optimizer = Optimizer(),
        progress: (Optimizer.Progress) -> Void = { _ in }
    ) throws(OptimizerError) -> FitReport {
        let items = TrainingItems.make(from: histories).filter { $0.target.deltaDays > 0 }
        let fit = try optimizer.fit(items, progress: progress)
        let used = histories.filter { !TrainingItems.make(from: [$0]).isEmpty }
        let evaluate = { (parameters: [Double]) in
            Evaluation.evaluate(items, parameters: parameters) ?? Evaluation(logLoss: .nan, rmseBins: .nan)
        }
        return FitReport(
            fit: fit, reviews: used.reduce(0) { $0 + $1.reviews.count }, cards: used.count, items: items.count,
            defaultEvaluation: evaluate(SchedulerParameters.defaultWeights),
            fittedEvaluation: evaluate(fit.parameters))
    }
}
