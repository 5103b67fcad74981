import Foundation
import Scheduler

/// The optimizer's figures: on simulated learners with parameters of their own, the test-half log loss and
/// RMSE(bins) of Tifa's fit next to fsrs-rs's (both evaluated by fsrs-rs's `evaluate`) and the true parameters'
/// floor; then the time to fit 60,000 reviews, whole process, next to fsrs-rs-python.
enum OptimizerBenchmark {
    static let learnerSeeds: [UInt64] =
        ProcessInfo.processInfo.environment["TIFA_BENCH_LEARNERS"].map {
            $0.split(separator: ",").compactMap { UInt64($0) }
        } ?? [1, 2, 3, 4, 5]
    static let speedReviews = 60_000

    static func run() throws {
        let python = PythonBaselines()
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("fsrs_rs_optimizer.py")
        print(
            "learner  reviews  train items  test items | test log loss: Tifa  fsrs-rs  ratio  true | RMSE(bins): Tifa  fsrs-rs  ratio  true | fit s: Tifa  fsrs-rs"
        )
        var ratios: [(Double, Double)] = []
        var speedFile: URL?
        for seed in learnerSeeds {
            let learner = SimulatedLearner(seed: seed)
            let reviews = try learner.reviews()
            if speedFile == nil { speedFile = try writeSpeedFile(reviews) }
            let train = TrainingItems.make(from: SimulatedLearner.histories(reviews) { $0 % 2 == 0 })
            let test = TrainingItems.make(from: SimulatedLearner.histories(reviews) { $0 % 2 == 1 })
            var fit: Optimizer.Fit?
            // TIFA_BENCH_BATCHING=length: fsrs-rs's own settings, to see how its batches fare.
            var optimizer = Optimizer(
                configuration: ProcessInfo.processInfo.environment["TIFA_BENCH_BATCHING"] == "length"
                    ? .fsrsRs : .init())
            if let seed = ProcessInfo.processInfo.environment["TIFA_BENCH_SEED"].flatMap(UInt64.init) {
                optimizer.configuration.seed = seed
            }
            if let epochs = ProcessInfo.processInfo.environment["TIFA_BENCH_EPOCHS"].flatMap(Int.init) {
                optimizer.configuration.epochs = epochs
            }
            let seconds = try Stopwatch.seconds { fit = try optimizer.fit(train) }
            guard let tifa = fit?.parameters else { continue }
            let ownTifa = Evaluation.evaluate(test, parameters: tifa)
            let ownTrue = Evaluation.evaluate(test, parameters: learner.parameters)
            var line = String(format: "%7llu  %7d  %11d  %10d |", seed, reviews.count, train.count, test.count)
            if python.available, let other = try compare(python.python, script, train, test, tifa, learner.parameters) {
                let lossRatio = other.tifa.logLoss / other.fsrsRs.logLoss
                let rmseRatio = other.tifa.rmseBins / other.fsrsRs.rmseBins
                ratios.append((lossRatio, rmseRatio))
                line += String(
                    format: "  %.4f   %.4f  %.4f  %.4f |  %.4f   %.4f  %.3f  %.4f |  %.2f  %.2f",
                    other.tifa.logLoss, other.fsrsRs.logLoss, lossRatio, other.truth.logLoss,
                    other.tifa.rmseBins, other.fsrsRs.rmseBins, rmseRatio, other.truth.rmseBins,
                    seconds, other.seconds)
                if !other.otherSeeds.isEmpty {
                    let rmse = other.otherSeeds.map(\.rmseBins) + [other.fsrsRs.rmseBins]
                    let loss = other.otherSeeds.map(\.logLoss) + [other.fsrsRs.logLoss]
                    line += String(
                        format: " | fsrs-rs over %d seeds: log loss %.4f–%.4f, RMSE(bins) %.4f–%.4f",
                        rmse.count, loss.min() ?? .nan, loss.max() ?? .nan, rmse.min() ?? .nan, rmse.max() ?? .nan)
                }
            } else {
                line += String(
                    format: "  %.4f   (fsrs-rs not installed)  %.4f |  %.4f   -  -  %.4f |  %.2f",
                    ownTifa?.logLoss ?? .nan, ownTrue?.logLoss ?? .nan, ownTifa?.rmseBins ?? .nan,
                    ownTrue?.rmseBins ?? .nan, seconds)
            }
            print(line)
        }
        if !ratios.isEmpty {
            let loss = ratios.map(\.0).max() ?? .nan
            let rmse = ratios.map(\.1).max() ?? .nan
            print(
                String(
                    format: "worst ratio Tifa/fsrs-rs: log loss %.4f (target ≤ 1.002), RMSE(bins) %.3f (target ≤ 1.05)",
                    loss, rmse))
        } else {
            print("fsrs-rs-python not installed: \(PythonBaselines.setupHint)")
        }
        guard let speedFile else { return }
        let tifa = buildFolder.appendingPathComponent("tifa")
        let tifaSeconds = try Stopwatch.median(runs: 3) { try runQuietly(tifa, ["fsrs", "optimize", speedFile.path], environment: [:]) }
        var line = String(format: "fit %d reviews, whole process: tifa fsrs optimize %.2f s", speedReviews, tifaSeconds)
        if python.available {
            let pythonSeconds = try Stopwatch.median(runs: 3) {
                try runQuietly(python.python, [script.path, "fit", speedFile.path], environment: [:])
            }
            line += String(format: ", fsrs-rs-python %.2f s (median of 3; target: Tifa at least as fast)", pythonSeconds)
        }
        print(line)
    }

    /// The first 60,000 reviews of a learner, by time, as replay JSON Lines in a temporary file.
    static func writeSpeedFile(_ reviews: [SimulatedLearner.Review]) throws -> URL {
        let first = reviews.sorted { ($0.time, $0.card) < ($1.time, $1.card) }.prefix(speedReviews)
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-optimizer-\(getpid()).jsonl")
        try SimulatedLearner.jsonLines(Array(first)).write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    struct Comparison: Decodable {
        struct Figures: Decodable {
            var logLoss: Double
            var rmseBins: Double
        }

        var seconds: Double
        var fsrsRs: Figures
        var tifa: Figures
        var truth: Figures
        /// fsrs-rs fitted again with other batch-order seeds (`FSRS_SEEDS`).
        var otherSeeds: [Figures]

        enum CodingKeys: String, CodingKey {
            case seconds, tifa
            case fsrsRs = "fsrs_rs"
            case truth = "true"
            case otherSeeds = "other_seeds"
        }
    }

    /// fsrs-rs fitted on `train`, and its `evaluate` on `test` of its parameters, Tifa's and the true ones.
    static func compare(
        _ python: URL, _ script: URL, _ train: [TrainingItem], _ test: [TrainingItem],
        _ tifa: [Double], _ truth: [Double]
    ) throws -> Comparison? {
        func encode(_ items: [TrainingItem]) -> [[[Int]]] {
            items.map { $0.reviews.map { [$0.rating.rawValue, $0.deltaDays] } }
        }
        struct Input: Encodable {
            var train: [[[Int]]]
            var test: [[[Int]]]
            var tifa: [Double]
            var `true`: [Double]
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-compare-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: url) }
        try JSONEncoder().encode(Input(train: encode(train), test: encode(test), tifa: tifa, true: truth)).write(to: url)
        let process = Process()
        process.executableURL = python
        process.arguments = [script.path, "compare", url.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return try JSONDecoder().decode(Comparison.self, from: data)
    }
}
