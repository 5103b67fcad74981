import ArgumentParser
import Foundation
import Scheduler

/// `tifa fsrs`: the FSRS-6 scheduler on the command line. Argument parsing and printing only; the scheduling
/// and the replay format are the Scheduler library's.
struct FSRSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fsrs",
        abstract: "Schedule reviews with FSRS-6, as py-fsrs 6.3.2 computes them.",
        subcommands: [ReplayCommand.self, OptimizeCommand.self, SimulateCommand.self])

    /// The scheduler's settings, which every subcommand that schedules takes.
    struct SchedulerOptions: ParsableArguments {
        @Option(help: "Desired retention: the probability of recall the intervals aim for, between 0 and 1.")
        var retention = 0.9

        @Option(
            help: ArgumentHelp(
                "FSRS-6's 21 weights, comma-separated, e.g. fitted to your own reviews (default: FSRS-6's).",
                valueName: "w0,…,w20"))
        var parameters: String?

        @Option(help: ArgumentHelp("Learning steps for new cards, e.g. 1m,10m; none for none.", valueName: "steps"))
        var learningSteps = "1m,10m"

        @Option(help: ArgumentHelp("Relearning steps for forgotten cards, e.g. 10m; none for none.", valueName: "steps"))
        var relearningSteps = "10m"

        @Option(help: ArgumentHelp("The longest interval, in days.", valueName: "days"))
        var maximumInterval = 36_500

        @Flag(inversion: .prefixedNo, help: "Spread intervals of 3 days or more a little, the same way for the same card and review.")
        var fuzz = false

        func validate() throws {
            _ = try schedulerParameters()
        }

        /// The parameters these options describe, or a `ValidationError` quoting the value at fault.
        func schedulerParameters() throws -> SchedulerParameters {
            var weights = SchedulerParameters.defaultWeights
            if let parameters {
                weights = try parameters.split(separator: ",", omittingEmptySubsequences: false).map { item in
                    let text = item.trimmingCharacters(in: .whitespaces)
                    guard let weight = Double(text) else {
                        throw ValidationError("--parameters: \"\(text)\" is not a number; give the 21 weights separated by commas")
                    }
                    return weight
                }
            }
            let learning = try steps(learningSteps, option: "--learning-steps")
            let relearning = try steps(relearningSteps, option: "--relearning-steps")
            do {
                return try SchedulerParameters(
                    weights: weights, desiredRetention: retention, learningSteps: learning,
                    relearningSteps: relearning, maximumInterval: maximumInterval, isFuzzEnabled: fuzz)
            } catch {
                let given =
                    switch error {
                    case .weightCount, .weightsOutOfBounds: "--parameters \"\(parameters ?? "")\""
                    case .desiredRetention: "--retention \(retention)"
                    case .learningStep: "--learning-steps \"\(learningSteps)\""
                    case .relearningStep: "--relearning-steps \"\(relearningSteps)\""
                    case .maximumInterval: "--maximum-interval \(maximumInterval)"
                    }
                throw ValidationError("\(given): \(error)")
            }
        }

        private func steps(_ text: String, option: String) throws -> [Duration] {
            do {
                return try StepNotation.parse(text)
            } catch {
                throw ValidationError("\(option) \"\(text)\": \(error)")
            }
        }
    }

    struct ReplayCommand: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "replay",
            abstract: "Replay a review history and print what FSRS-6 makes of each review.",
            discussion: """
                Reads JSON Lines, one review a line, cards told apart by their "card" key:
                  {"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}
                with rating 1 Again, 2 Hard, 3 Good or 4 Easy, and an optional "duration" in milliseconds. \
                Prints one JSON line per review: card, rating, time, then the card's state, step, stability, \
                difficulty and due time after it, and its retrievability just before it (null for a new card).

                Examples:
                  tifa fsrs replay reviews.jsonl
                  tifa fsrs replay --retention 0.85 --learning-steps 1m,10m,1h - < reviews.jsonl
                """)

        @OptionGroup var options: SchedulerOptions

        @Argument(help: ArgumentHelp("A JSON Lines file of reviews, or - for standard input.", valueName: "file"))
        var file = "-"

        func run() throws {
            let scheduler = Scheduler(parameters: try options.schedulerParameters())
            var replay = Replay(scheduler: scheduler)
            var output: [UInt8] = []
            output.reserveCapacity(1 << 17)
            defer { BufferedOutput.write(output) }
            // Read a block at a time: a history of years replays in the memory of its longest line.
            var lines = try ReviewLines(path: file)
            var reviews = 0
            defer { lines.close() }
            // On a failure the reviews replayed so far are written (by the `defer` above) before the message.
            while let bytes = try lines.next() {
                let printed: Bool
                do throws(ReplayError) {
                    printed = try bytes.withUnsafeBufferPointer { (line) throws(ReplayError) in
                        try replay.next(utf8: line, into: &output)
                    }
                } catch {
                    throw lines.failure(error.message, line: error.line)
                }
                if printed {
                    reviews += 1
                    output.append(UInt8(ascii: "\n"))
                }
                // Written in blocks: one write per line would cost more than the scheduling.
                if output.count >= 1 << 16 {
                    BufferedOutput.write(output)
                    output.removeAll(keepingCapacity: true)
                }
            }
            if reviews == 0 { throw lines.noReviews }
        }
    }
}
