// tifa-bench: prints speed figures for Tifa's stages, next to the tools a user would otherwise pick.
// Usage: swift run -c release tifa-bench [lexicon|segment|extract|fsrs|store|all|optimizer|simulate|reliability|whole]
import Foundation
import Lexicon

let benchmarks: [String: () throws -> Void] = [
    "lexicon": LexiconBenchmark.run,
    "segment": SegmentationBenchmark.run,
    "extract": ExtractionBenchmark.run,
    "fsrs": SchedulerBenchmark.run,
    "store": StoreBenchmark.run,
    "optimizer": OptimizerBenchmark.run,
    "simulate": SimulationBenchmark.run,
    "reliability": ReliabilityBenchmark.run,
    "whole": WholeProcessBenchmark.run,
    "stats": StatsBenchmark.run,
]

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "debug-segment" {
    let lexicon = try Lexicon.load()
    print(Segmenter(lexicon: lexicon).words(CommandLine.arguments[2]).joined(separator: " | "))
    exit(0)
}
// The reliability benchmark's worker processes: this binary, driving the Store API.
if CommandLine.arguments.count > 3, CommandLine.arguments[1] == "reliability-worker" {
    let arguments = Array(CommandLine.arguments.dropFirst(2))
    do {
        switch arguments[0] {
        case "peak":
            try MemoryFigures.peak(report: arguments[1], input: arguments[2], command: Array(arguments.dropFirst(3)))
        case "answer":
            try SessionFigures.answer(database: arguments[1], count: Int(arguments[2]) ?? 0, cards: arguments.dropFirst(3).compactMap { Int64($0) })
        default:
            try KillFigures.notes(database: arguments[1], count: Int(arguments[2]) ?? 0)
        }
        exit(0)
    } catch {
        FileHandle.standardError.write(Data("tifa-bench reliability-worker: \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}
let requested = Array(CommandLine.arguments.dropFirst())
// `optimizer`, `simulate`, `reliability`, `whole` and `stats` take minutes: they run only when named.
let names = requested.isEmpty || requested == ["all"] ? ["lexicon", "segment", "extract", "fsrs", "store"] : requested
for name in names {
    guard let benchmark = benchmarks[name] else {
        FileHandle.standardError.write(Data("tifa-bench: no benchmark '\(name)'; choose from \(benchmarks.keys.sorted().joined(separator: ", ")), all\n".utf8))
        exit(64)
    }
    print("== \(name)")
    do {
        try benchmark()
    } catch {
        FileHandle.standardError.write(Data("tifa-bench: \(name): \(error.localizedDescription)\n".utf8))
        exit(1)
    }
}
