// tifa-bench: prints speed figures for Tifa's stages, next to the tools a user would otherwise pick.
import ArgumentParser
import Foundation
import Lexicon

@main
struct TifaBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tifa-bench",
        abstract: "Print speed figures for Tifa's stages, next to jieba, rjieba, py-fsrs and fsrs-rs on the same input.",
        discussion: "Build with -c release: debug figures mean nothing. The baselines come from Sources/tifa-bench/setup_baselines.sh.",
        subcommands: [Run.self, DebugSegment.self, ReliabilityWorker.self],
        defaultSubcommand: Run.self
    )
}

/// One benchmark a user can name.
enum Benchmark: String, CaseIterable, ExpressibleByArgument {
    case lexicon, segment, extract, fsrs, store, optimizer, simulate, reliability, whole, stats, collection

    /// `optimizer`, `simulate`, `reliability`, `whole`, `stats` and `collection` (the part of `whole` on the
    /// imported 100,000-card collection) take minutes: they run only when named.
    static let quick: [Benchmark] = [.lexicon, .segment, .extract, .fsrs, .store]

    var run: () throws -> Void {
        switch self {
        case .lexicon: LexiconBenchmark.run
        case .segment: SegmentationBenchmark.run
        case .extract: ExtractionBenchmark.run
        case .fsrs: SchedulerBenchmark.run
        case .store: StoreBenchmark.run
        case .optimizer: OptimizerBenchmark.run
        case .simulate: SimulationBenchmark.run
        case .reliability: ReliabilityBenchmark.run
        case .whole: WholeProcessBenchmark.run
        case .stats: StatsBenchmark.run
        case .collection: WholeProcessBenchmark.runCollection
        }
    }
}

extension TifaBench {
    struct Run: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Run the named benchmarks (without names: the quick ones).")

        @Argument(help: "Benchmarks to run: \(Benchmark.allCases.map(\.rawValue).joined(separator: ", ")), or all (the quick five, the default).")
        var names: [String] = []

        func validate() throws {
            for name in names where name != "all" && Benchmark(rawValue: name) == nil {
                throw ValidationError("no benchmark '\(name)'; choose from \(Benchmark.allCases.map(\.rawValue).joined(separator: ", ")), all")
            }
        }

        func run() throws {
            let chosen = names.isEmpty || names == ["all"] ? Benchmark.quick : names.compactMap(Benchmark.init(rawValue:))
            for benchmark in chosen {
                print("== \(benchmark.rawValue)")
                do {
                    try benchmark.run()
                } catch {
                    FileHandle.standardError.write(Data("tifa-bench: \(benchmark.rawValue): \(error.localizedDescription)\n".utf8))
                    throw ExitCode.failure
                }
            }
        }
    }

    /// How the segmenter cuts one text, for looking into a figure.
    struct DebugSegment: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "debug-segment", abstract: "Print how the segmenter cuts a text.",
            shouldDisplay: false)

        @Argument(help: "The text to cut.") var text: String

        func run() throws {
            print(Segmenter(lexicon: try Lexicon.load()).words(text).joined(separator: " | "))
        }
    }

    /// The reliability benchmark's worker processes: this binary, driving the Store API.
    struct ReliabilityWorker: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reliability-worker", abstract: "A worker process of the reliability benchmark.",
            shouldDisplay: false)

        enum Job: String, ExpressibleByArgument { case peak, answer, notes }

        @Argument var job: Job
        // Passed through whole: the measured command's own options (--deck) are not this command's.
        @Argument(parsing: .captureForPassthrough, help: "peak: REPORT INPUT COMMAND…; answer: DATABASE COUNT CARD…; notes: DATABASE COUNT")
        var all: [String] = []

        func run() throws {
            guard all.count >= 2 else { throw ValidationError("\(job.rawValue) needs at least two arguments") }
            do {
                switch job {
                case .peak:
                    try MemoryFigures.peak(report: all[0], input: all[1], command: Array(all.dropFirst(2)))
                case .answer:
                    try SessionFigures.answer(database: all[0], count: Int(all[1]) ?? 0, cards: all.dropFirst(2).compactMap { Int64($0) })
                case .notes:
                    try KillFigures.notes(database: all[0], count: Int(all[1]) ?? 0)
                }
            } catch {
                FileHandle.standardError.write(Data("tifa-bench reliability-worker: \(error.localizedDescription)\n".utf8))
                throw ExitCode.failure
            }
        }
    }
}
