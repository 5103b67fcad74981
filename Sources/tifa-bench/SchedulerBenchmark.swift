import Foundation
import Scheduler

/// The scheduler's figure: outcomes computed per second (one outcome is a card's state after one answer, what
/// a review screen shows under each button), next to py-fsrs's on the same cards at the same times.
enum SchedulerBenchmark {
    static let cardCount = 20_000

    static func run() {
        let scheduler = Scheduler(parameters: SchedulerParameters.default.withFuzz(false))
        let reviews = sampleReviews(scheduler)
        let outcomeCount = reviews.count * Rating.allCases.count

        var checksum: Int64 = 0
        let seconds = Stopwatch.median(runs: 5) {
            for (card, now) in reviews {
                let outcomes = scheduler.outcomes(for: card, now: now)
                checksum &+=
                    outcomes.again.card.due.microsecondsSince1970 &+ outcomes.hard.card.due.microsecondsSince1970
                    &+ outcomes.good.card.due.microsecondsSince1970 &+ outcomes.easy.card.due.microsecondsSince1970
            }
        }
        // Keeps the outcomes observable, so the optimiser cannot drop the work being timed.
        withExtendedLifetime(checksum) {}
        print(
            "FSRS-6 outcomes, Scheduler.outcomes(for:now:): \(Stopwatch.rate(Double(outcomeCount), seconds, unit: "outcomes"))"
                + "   target > 1000000 outcomes/s   (\(reviews.count) cards × 4 answers, median of 5)")

        let python = pyFSRSRate(scheduler, reviews)
        print("FSRS-6 outcomes, py-fsrs review_card:         \(python)")
    }

    /// Cards in every state, each at a time it might be reviewed: same day, early, when due, or late.
    /// Made by reviewing new cards with seeded random answers, so every run times the same work.
    static func sampleReviews(_ scheduler: Scheduler) -> [(card: ScheduledCard, now: Timestamp)] {
        var random = SplitMix64(seed: 2025)
        let start = Timestamp(microsecondsSince1970: 1_735_689_600_000_000)
        return (0..<cardCount).map { index in
            var card = ScheduledCard(id: UInt64(index + 1), due: start)
            var now = start
            for _ in 0..<Int(random.next() % 12) {
                let rating = Rating.allCases[Int(random.next() % 4)]
                card = scheduler.review(card, rating: rating, now: now).card
                now = reviewTime(card, &random)
            }
            return (card, now)
        }
    }

    private static func reviewTime(_ card: ScheduledCard, _ random: inout SplitMix64) -> Timestamp {
        let last = card.lastReview ?? card.due
        let untilDue = card.due.duration(since: last)
        switch random.next() % 4 {
        case 0: return last.advanced(by: .seconds(Int64(random.next() % 86_400)))
        case 1: return last.advanced(by: .microseconds(Int64(Double(microseconds(untilDue)) * random.nextUnitInterval())))
        case 2: return card.due
        default: return card.due.advanced(by: .seconds(Int64(random.next() % (400 * 86_400))))
        }
    }

    /// py-fsrs's rate on the same cards and times, run by pyfsrs_bench.py (beside this file) with the Python of
    /// the virtual environment in `TIFA_BENCH_VENV` (default `.venv-bench`), which also checks that py-fsrs
    /// computes the same outcomes as Swift did.
    private static func pyFSRSRate(_ scheduler: Scheduler, _ reviews: [(card: ScheduledCard, now: Timestamp)]) -> String {
        let venv = ProcessInfo.processInfo.environment["TIFA_BENCH_VENV"] ?? ".venv-bench"
        let python = URL(fileURLWithPath: venv).appendingPathComponent("bin/python")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("pyfsrs_bench.py")
        let install = "python3 -m venv \(venv) && \(venv)/bin/pip install fsrs==6.3.2"
        guard FileManager.default.isExecutableFile(atPath: python.path) else {
            return "skipped: no virtual environment at \(venv) (set TIFA_BENCH_VENV, or: \(install))"
        }
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-fsrs-\(ProcessInfo.processInfo.processIdentifier).json")
        defer { try? FileManager.default.removeItem(at: input) }
        do {
            try pyFSRSInput(scheduler, reviews).write(to: input)
            let process = Process()
            process.executableURL = python
            process.arguments = [script.path, input.path]
            let output = Pipe()
            process.standardOutput = output
            try process.run()
            let data = output.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            if process.terminationStatus == 3 { return "skipped: fsrs is not installed in \(venv) (\(venv)/bin/pip install fsrs==6.3.2)" }
            guard process.terminationStatus == 0,
                let result = try JSONSerialization.jsonObject(with: data) as? [String: Any],
                let outcomes = result["outcomes"] as? Int, let seconds = result["seconds"] as? Double,
                let mismatches = result["mismatches"] as? Int, let version = result["version"] as? String
            else { return "failed: \(script.lastPathComponent) exited with status \(process.terminationStatus)" }
            let agreement = mismatches == 0 ? "all agree with Swift's" : "\(mismatches) DIFFER from Swift's"
            return "\(Stopwatch.rate(Double(outcomes), seconds, unit: "outcomes"))   (py-fsrs \(version), same \(outcomes) outcomes, \(agreement))"
        } catch {
            return "failed: \(error.localizedDescription)"
        }
    }

    private static func microseconds(_ duration: Duration) -> Int64 {
        duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
    }

    /// The cards, times and Swift's outcomes as JSON for pyfsrs_bench.py; times in microseconds since 1970.
    private static func pyFSRSInput(_ scheduler: Scheduler, _ reviews: [(card: ScheduledCard, now: Timestamp)]) throws -> Data {
        let parameters = scheduler.parameters
        let cards: [[Any]] = reviews.map { card, now in
            let memory = card.state.memory
            let outcomes = scheduler.outcomes(for: card, now: now)
            let expected: [[Any]] = Rating.allCases.map { rating in
                let after = outcomes[rating].card
                return [
                    after.state.phase.rawValue, after.state.step ?? NSNull(), after.state.memory?.stability ?? NSNull(),
                    after.state.memory?.difficulty ?? NSNull(), after.due.microsecondsSince1970,
                ]
            }
            return [
                card.state.phase.rawValue, card.state.step ?? NSNull(), memory?.stability ?? NSNull(),
                memory?.difficulty ?? NSNull(), card.due.microsecondsSince1970,
                card.lastReview?.microsecondsSince1970 ?? NSNull(), now.microsecondsSince1970, expected,
            ]
        }
        let document: [String: Any] = [
            "weights": parameters.weights, "retention": parameters.desiredRetention,
            "learning_steps": parameters.learningSteps.map(microseconds),
            "relearning_steps": parameters.relearningSteps.map(microseconds),
            "maximum_interval": parameters.maximumInterval, "cards": cards,
        ]
        return try JSONSerialization.data(withJSONObject: document)
    }
}
