import Foundation
import Lexicon

/// The lexicon's figures: building the index, a cold `tifa lookup` process, and lookups per second.
enum LexiconBenchmark {
    static func run() throws {
        let sources = try DictionarySources.locate()
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-\(ProcessInfo.processInfo.processIdentifier)")
        defer { try? FileManager.default.removeItem(at: cache) }

        let buildTimes = try (0..<3).map { _ in
            try? FileManager.default.removeItem(at: cache)
            return try Stopwatch.seconds { _ = try LexiconCache.open(sources, in: cache) }
        }.sorted()
        let lexicon = Lexicon(index: try LexiconCache.open(sources, in: cache).index)
        print(
            "index build, in process (median of 3):     \(Stopwatch.milliseconds(buildTimes[1]))   target <= 1.5 s   (\(lexicon.index.entryCount) keys)"
        )

        let tifa = buildFolder.appendingPathComponent("tifa")
        if FileManager.default.isExecutableFile(atPath: tifa.path) {
            try firstCommand(tifa, sources)
            let environment = ["TIFA_CACHE_DIR": cache.path, "TIFA_DICTIONARIES": sources.directory.path]
            try runQuietly(tifa, ["lookup", "同舟共济"], environment: environment)
            let warm = try Stopwatch.median(runs: 21) {
                try runQuietly(tifa, ["lookup", "同舟共济"], environment: environment)
            }
            let warmPeak = try WholeProcessBenchmark.peakMemory(tifa, ["lookup", "同舟共济"], environment: environment)
            print(
                "tifa lookup 同舟共济, whole process, index built: \(Stopwatch.milliseconds(warm)), \(WholeProcessBenchmark.megabytes(warmPeak)) peak"
                    + "   target < 100 ms (median of 21)")
        } else {
            print("tifa lookup process: skipped, build tifa first (swift build -c release)")
        }

        // Words some dictionary glosses, and words only jieba's list has (read from their parts): two costs.
        let words = try sampleWords(sources)
        let glossed = words.filter { lexicon.word($0).map { $0.isInCedict || $0.isInGlossary } ?? false }
        let composed = words.filter { lexicon.word($0).map { !($0.isInCedict || $0.isInGlossary) } ?? true }
        for (label, sample) in [("dictionary words", glossed), ("words read from parts", composed)] {
            let time = Stopwatch.seconds { for word in sample { _ = try? lexicon.report(for: word) } }
            print(
                "tifa lookup's report, \(label):".padding(toLength: 44, withPad: " ", startingAt: 0)
                    + "\(Stopwatch.rate(Double(sample.count), time, unit: "words"))   (\(sample.count) words)")
        }
        var hits = 0
        let entryTime = Stopwatch.seconds {
            for _ in 0..<5 { for word in words where lexicon.word(word) != nil { hits += 1 } }
        }
        print(
            "key lookups (the segmenter's path):         \(Stopwatch.rate(Double(words.count * 5), entryTime, unit: "words"))   target > 100,000 words/s"
        )
    }

    /// The first command after install, as a user meets it: `tifa lookup 同舟共济` with an empty cache folder,
    /// so the process builds the index, writes it and then answers. Wall and CPU time (median of 5), and the
    /// peak memory of one more such run.
    private static func firstCommand(_ tifa: URL, _ sources: DictionarySources) throws {
        func emptyCache() -> [String: String] {
            let cache = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-cold-\(UUID().uuidString)")
            return ["TIFA_CACHE_DIR": cache.path, "TIFA_DICTIONARIES": sources.directory.path]
        }
        var wall: [Double] = []
        var cpu: [Double] = []
        for _ in 0..<5 {
            let environment = emptyCache()
            defer { try? FileManager.default.removeItem(atPath: environment["TIFA_CACHE_DIR"] ?? "") }
            var exit: ChildProcess.Exit?
            wall.append(
                try Stopwatch.seconds {
                    exit = try ChildProcess.run(tifa, ["lookup", "同舟共济"], environment: environment, keepingOutput: false)
                })
            cpu.append(exit?.cpuSeconds ?? 0)
        }
        let environment = emptyCache()
        defer { try? FileManager.default.removeItem(atPath: environment["TIFA_CACHE_DIR"] ?? "") }
        let peak = try WholeProcessBenchmark.peakMemory(tifa, ["lookup", "同舟共济"], environment: environment)
        print(
            "first command, empty cache (tifa lookup, whole process, builds the index): "
                + "\(Stopwatch.milliseconds(wall.sorted()[2])) wall, \(Stopwatch.milliseconds(cpu.sorted()[2])) CPU, "
                + "\(WholeProcessBenchmark.megabytes(peak)) peak   target <= 1.5 s, <= 150 MB (median of 5)")
    }

    /// Every third word of jieba's list, plus a few the lexicon lacks: a mix of common and rare words.
    private static func sampleWords(_ sources: DictionarySources) throws -> [String] {
        let text = try String(contentsOf: sources.url("jieba_dict.txt"), encoding: .utf8)
        var words: [String] = []
        for (number, line) in text.split(separator: "\n").enumerated() where number % 3 == 0 {
            words.append(String(line.prefix { $0 != " " }))
        }
        return words + ["人类命运共同体", "上海精神", "尽锐出战", "结伴而不结盟"]
    }
}
