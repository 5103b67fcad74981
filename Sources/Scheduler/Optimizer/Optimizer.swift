import Foundation

/// Fits FSRS-6's 21 parameters to a learner's reviews, as fsrs-rs's `compute_parameters` does: outlier filter,
/// pre-training of the initial stabilities, then Adam on the recency-weighted log loss with an L2 pull towards
/// the starting point, a cosine learning-rate schedule and clipping after each step.
///
/// Pure and deterministic: the batch order is shuffled by a seeded generator.
public struct Optimizer: Sendable {
    public struct Configuration: Sendable {
        /// Twice fsrs-rs's 5, for batches of whole cards: see `Batching`.
        public var epochs = 10
        /// A small history gets more epochs, up to this many steps in all: with 32 batches an epoch (16,000
        /// items), 10 epochs left RMSE(bins) 4–8 % above fsrs-rs's, 20 within 2 %. (fsrs-rs: none.)
        public var minimumSteps = 640
        public var batchSize = 512
        public var learningRate = 0.04
        /// Items with more reviews than this are left out of training.
        public var maximumSequenceLength = 256
        /// The strength of the pull towards the starting parameters.
        public var gamma = 1.0
        /// The deck's relearning steps: with more than one, w17 and w18 are bounded further.
        public var relearningStepCount = 1
        public var seed: UInt64 = 2023
        /// How items are cut into batches.
        public var batching = Batching.byCard

        public init() {}

        /// fsrs-rs's own settings, as fsrs-rs-python's `compute_parameters` runs: 5 epochs, batches by length.
        public static var fsrsRs: Configuration {
            var configuration = Configuration()
            configuration.epochs = 5
            configuration.minimumSteps = 0
            configuration.batching = .byLength
            return configuration
        }
    }

    /// How items are cut into batches of about `batchSize`.
    ///
    /// fsrs-rs-python cuts them by length, once, and shuffles only the order of the batches: each batch holds
    /// items of one length, so each step pulls towards what suits that length, and where the last steps leave
    /// the parameters depends on the order. fsrs-rs's own RMSE(bins) on held-out cards moves by ±8 % with its
    /// seed (learner 4 of `tifa-bench optimizer`: 0.0199–0.0232 over 12 seeds; Tifa with the same batches,
    /// 0.0194–0.0230), so no copy of it can stay within 5 % of one fsrs-rs run. Whole cards dealt into new
    /// batches every epoch make every batch a sample of the whole history; with 10 epochs the result hardly
    /// depends on the seed (0.0201–0.0208 over 6) and is as good as fsrs-rs's better seeds; since one pass over a
    /// card predicts all of its items, 10 such epochs cost less than 5 by length.
    public enum Batching: Sendable {
        /// Items by length, shortest first, as fsrs-rs without card ids: every item replayed from its first review.
        case byLength
        /// Whole cards in random batches, new ones each epoch: one pass over a card predicts all its items.
        case byCard
    }

    /// How far a fit has got, for a progress line.
    public struct Progress: Sendable {
        public var step: Int
        public var totalSteps: Int
        /// 1 for the first.
        public var epoch: Int
        public var epochs: Int
    }

    /// What was fitted.
    public struct Fit: Sendable, Equatable {
        public var parameters: [Double]
        /// False when there were too few items for gradient descent, so only w0–w3 were fitted.
        public var isFullyTrained: Bool
        /// Items left after the outlier filter (and the length limit, when trained).
        public var trainingItemCount: Int
    }

    /// Below this many items after the outlier filter, fsrs-rs keeps the default parameters.
    static let minimumItems = 8
    /// Below this many, fsrs-rs fits only the initial stabilities.
    public static let minimumItemsForTraining = 64
    /// fsrs-rs's outlier filter keeps a first answer's data only from this many items up.
    static let minimumFirstAnswerItems = 20

    /// The spread of each parameter across learners: the L2 pull divides each change by it.
    static let parameterSpread: [Double] = [
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25, 1.03,
        0.31, 0.32, 0.14, 0.27,
    ]

    public var configuration: Configuration

    public init(configuration: Configuration = Configuration()) {
        self.configuration = configuration
    }

    /// Parameters fitted to `items` (in time order, as `TrainingItems.make` gives them). `progress` is called
    /// after every step of gradient descent.
    public func fit(
        _ items: [TrainingItem], progress: (Progress) -> Void = { _ in }
    ) throws(OptimizerError) -> Fit {
        // Items fsrs-rs would reject or could not learn from: no review on a later day, or a same-day target.
        let usable = items.filter { $0.reviews.count >= 2 && $0.target.deltaDays > 0 }
        guard usable.count >= Self.minimumItems else {
            throw .tooFewReviews(items: usable.count, needed: Self.minimumItems)
        }
        // fsrs-rs returns the defaults when the outlier filter leaves under 8 items and fails when no first
        // answer is left for pre-training; both come from too few cards per first answer.
        let split = OutlierFilter.split(usable)
        let tooFewFirstReviews = OptimizerError.tooFewFirstReviews(
            largestGroup: Self.largestFirstAnswerGroup(usable), needed: Self.minimumFirstAnswerItems)
        guard split.training.count >= Self.minimumItems else { throw tooFewFirstReviews }
        let averageRecall = Double(split.training.count { $0.isRecalled }) / Double(split.training.count)
        guard let pretrained = Pretraining.fit(split.initial, averageRecall: averageRecall) else {
            throw tooFewFirstReviews
        }
        var start = SchedulerParameters.defaultWeights
        start.replaceSubrange(0..<4, with: pretrained.stabilities)
        if split.training.count < Self.minimumItemsForTraining || split.training.count == split.initial.count {
            return Fit(parameters: start, isFullyTrained: false, trainingItemCount: split.training.count)
        }
        let (trained, count) = train(split.training, from: start, progress: progress)
        guard trained.allSatisfy(\.isFinite) else { throw .notFinite }
        // The trained S0 of an answer without pre-training data means nothing: fill it from the others again.
        var known: [Rating: Double] = [:]
        for rating in Rating.allCases where pretrained.counts[rating] != nil {
            known[rating] = trained[rating.rawValue - 1]
        }
        var parameters = trained
        parameters.replaceSubrange(0..<4, with: Pretraining.smoothAndFill(known, counts: pretrained.counts))
        return Fit(parameters: parameters, isFullyTrained: true, trainingItemCount: count)
    }

    /// Gradient descent from `start`; returns the last step's parameters and how many items it trained on.
    func train(
        _ items: [TrainingItem], from start: [Double], progress: (Progress) -> Void
    ) -> (parameters: [Double], itemCount: Int) {
        let weights = RecencyWeights.make(count: items.count)
        let weighted = zip(items, weights).filter { $0.0.reviews.count <= configuration.maximumSequenceLength }
        // byLength: fixed batches, their order shuffled each epoch. byCard: cards dealt into new batches each
        // epoch, so that each batch is a sample of the whole history (sorted by length, as fsrs-rs sorts cards,
        // a batch would hold only short or only long histories, and the fit comes out worse).
        var chains: [ItemChain] = []
        var fixedBatches: [[ItemChain]] = []
        switch configuration.batching {
        case .byCard:
            chains = ItemChain.make(weighted.map { ($0.0, $0.1) })
        case .byLength:
            let sorted = weighted.enumerated().sorted {
                ($0.element.0.reviews.count, $0.offset) < ($1.element.0.reviews.count, $1.offset)
            }.map {
                ItemChain(
                    reviews: $0.element.0.reviews,
                    targets: [
                        ItemChain.Target(
                            index: $0.element.0.reviews.count - 1, weight: $0.element.1, isRecalled: $0.element.0.isRecalled)
                    ])
            }
            fixedBatches = stride(from: 0, to: sorted.count, by: configuration.batchSize).map {
                Array(sorted[$0..<min($0 + configuration.batchSize, sorted.count)])
            }
        }
        // fsrs-rs's count of steps an epoch, for the learning-rate schedule.
        let stepsPerEpoch = weighted.count / configuration.batchSize + 1
        let epochs = max(configuration.epochs, (configuration.minimumSteps + stepsPerEpoch - 1) / stepsPerEpoch)
        let totalSteps = stepsPerEpoch * epochs
        var parameters = start
        var adam = Adam(count: parameters.count)
        var generator = SplitMix64(seed: configuration.seed)
        var step = 0
        var batchCount = fixedBatches.count
        for epoch in 0..<epochs {
            let batches =
                configuration.batching == .byLength
                ? fixedBatches.shuffled(using: &generator)
                : ItemChain.batches(chains.shuffled(using: &generator), size: configuration.batchSize)
            batchCount = batches.count
            for batch in batches {
                let itemCount = batch.reduce(0) { $0 + $1.targets.count }
                let gradient = Self.gradient(
                    of: batch, parameters: parameters, start: start,
                    penaltyShare: configuration.gamma * Double(itemCount) / Double(weighted.count))
                let rate = configuration.learningRate * (1 + cos(Double.pi * Double(step) / Double(totalSteps))) / 2
                adam.step(&parameters, gradient: gradient, learningRate: rate)
                parameters = ParameterClipping.clipped(
                    parameters, relearningStepCount: configuration.relearningStepCount)
                step += 1
                progress(Progress(step: step, totalSteps: batchCount * epochs, epoch: epoch + 1, epochs: epochs))
            }
        }
        return (parameters, weighted.count)
    }

    /// ∇ of a batch's loss: Σ weight·cross-entropy, plus the pull towards `start` scaled by the batch's share.
    static func gradient(
        of batch: [ItemChain], parameters: [Double], start: [Double], penaltyShare: Double
    ) -> [Double] {
        var backpropagation = Backpropagation(parameters)
        var total = [Double](repeating: 0, count: parameters.count)
        for chain in batch {
            _ = backpropagation.add(chain, to: &total)
        }
        return parameters.indices.map { index in
            let spread = parameterSpread[index]
            return total[index] + penaltyShare * 2 * (parameters[index] - start[index]) / (spread * spread)
        }
    }

    /// d/dR of −[y·ln R + (1−y)·ln(1−R)], with R clamped to [1e-7, 1 − 1e-7] as fsrs-rs clamps it (no slope
    /// outside).
    static func crossEntropySlope(_ recall: Double, recalled: Bool) -> Double {
        guard recall > 1e-7, recall < 1 - 1e-7 else { return 0 }
        return recalled ? -1 / recall : 1 / (1 - recall)
    }

    /// The most cards with one review on a later day that any first answer has: how close the history is to
    /// what pre-training needs.
    static func largestFirstAnswerGroup(_ items: [TrainingItem]) -> Int {
        var counts: [Rating: Int] = [:]
        for item in items where item.longTermReviewCount == 1 { counts[item.reviews[0].rating, default: 0] += 1 }
        return counts.values.max() ?? 0
    }

    /// The loss `gradient(of:…)` differentiates, for checking it against finite differences.
    static func loss(
        of batch: [ItemChain], parameters: [Double], start: [Double], penaltyShare: Double
    ) -> Double {
        let model = TrainingModel<Double>(parameters)
        var total = 0.0
        for chain in batch {
            model.predictRecalls(along: chain.reviews, at: chain.targets.map(\.index)) { index, recall in
                let target = chain.targets[index]
                let clamped = min(max(recall, 1e-7), 1 - 1e-7)
                total -= target.weight * (target.isRecalled ? log(clamped) : log(1 - clamped))
            }
        }
        for index in parameters.indices {
            let change = (parameters[index] - start[index]) / parameterSpread[index]
            total += penaltyShare * change * change
        }
        return total
    }
}
