// tifa-bench: prints speed figures for Tifa's stages, next to the tools a user would otherwise pick.
// Usage: swift run -c release tifa-bench [lexicon|segment|extract|fsrs|store|all]
import Foundation
import Lexicon

let benchmarks: [String: () throws -> Void] = [
    "lexicon": LexiconBenchmark.run,
    "segment": SegmentationBenchmark.run,
    "extract": ExtractionBenchmark.run,
    "fsrs": SchedulerBenchmark.run,
    "store": StoreBenchmark.run,
    "register-counts": RegisterCounts.run,
]

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "debug-segment" {
    let lexicon = try Lexicon.load()
    print(Segmenter(lexicon: lexicon).words(CommandLine.arguments[2]).joined(separator: " | "))
    exit(0)
}
let requested = Array(CommandLine.arguments.dropFirst())
// `register-counts` derives data rather than measuring: it runs only when named.
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
