import Foundation
import Lexicon
import Scheduler

/// Whole `tifa` processes on real, large inputs, as a user runs them (start-up, reading, output and all),
/// next to the tool a user would otherwise pick where there is one: the figures of issue 17.
///
/// The inputs are made here, not kept in git: the shared corpus's reports and evening news (about 19 MB, topped up with the reports to 20 MB), a
/// million replay reviews from a seeded generator, and a 100,000-card collection made by importing 50,000
/// CC-CEDICT terms with `tifa import`.
enum WholeProcessBenchmark {
    static func run() throws {
        try inFolder { tifa, folder, environment in
            try replay(tifa, folder, environment)
            try segmentation(tifa, folder, environment)
            try collection(tifa, folder, environment)
        }
    }

    /// Only the import of the 100,000-card collection and the commands that read it.
    static func runCollection() throws {
        try inFolder(collection)
    }

    private static func inFolder(_ body: (URL, URL, [String: String]) throws -> Void) throws {
        let tifa = buildFolder.appendingPathComponent("tifa")
        guard FileManager.default.isExecutableFile(atPath: tifa.path) else {
            print("skipped: build tifa first (swift build -c release)")
            return
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-whole-\(ProcessInfo.processInfo.processIdentifier)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try body(tifa, folder, ["TIFA_NOW": "2025-06-01T09:00:00Z"])
    }

    /// The median wall time of `runs` runs of a whole process, and its peak memory (from one more run).
    static func measure(_ executable: URL, _ arguments: [String], environment: [String: String], runs: Int = 5)
        throws -> (seconds: Double, peak: Int)
    {
        let seconds = try Stopwatch.median(runs: runs) { try runQuietly(executable, arguments, environment: environment) }
        return (seconds, try peakMemory(executable, arguments, environment: environment))
    }

    /// The medians of `runs` runs' wall time and CPU time (user and system), and the peak memory of one more
    /// run. The CPU time is what the wall time comes to on an idle machine, and it moves far less than the wall
    /// time when other work shares the cores.
    static func measureWallAndCPU(_ executable: URL, _ arguments: [String], environment: [String: String], runs: Int)
        throws -> (seconds: Double, cpuSeconds: Double, peak: Int)
    {
        var walls: [Double] = []
        var cpus: [Double] = []
        for _ in 0..<runs {
            var exit: ChildProcess.Exit?
            walls.append(
                try Stopwatch.seconds {
                    exit = try ChildProcess.run(executable, arguments, environment: environment, keepingOutput: false)
                })
            cpus.append(exit?.cpuSeconds ?? 0)
        }
        return (walls.sorted()[runs / 2], cpus.sorted()[runs / 2], try peakMemory(executable, arguments, environment: environment))
    }

    /// The peak resident memory of one run, reported by a small worker process: a child spawned from this one
    /// inherits this process's peak (the inputs held here) as its own.
    static func peakMemory(_ executable: URL, _ arguments: [String], environment: [String: String]) throws -> Int {
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-peak-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: report) }
        _ = try ChildProcess.run(
            buildFolder.appendingPathComponent("tifa-bench"),
            ["reliability-worker", "peak", report.path, "/dev/null", executable.path] + arguments,
            environment: environment)
        return (try? String(contentsOf: report, encoding: .utf8))?.split(separator: " ").first.flatMap { Int($0) } ?? 0
    }

    static func megabytes(_ bytes: Int) -> String { String(format: "%.0f MB", Double(bytes) / 1e6) }

    private static func replay(_ tifa: URL, _ folder: URL, _ environment: [String: String]) throws {
        let count = 1_000_000
        let file = folder.appendingPathComponent("reviews.jsonl")
        try ReplayInput.write(reviews: count, cards: 20_000, to: file)
        let (seconds, cpuSeconds, peak) = try measureWallAndCPU(
            tifa, ["fsrs", "replay", file.path], environment: environment, runs: 5)
        print(
            "tifa fsrs replay, \(count) reviews, whole process:   \(Stopwatch.rate(Double(count), seconds, unit: "reviews"))"
                + "   target >= 1000000 reviews/s   (\(Stopwatch.milliseconds(seconds)), \(megabytes(peak)) peak, median of 5)"
                + "\n  by its CPU time (user + system):                 \(Stopwatch.rate(Double(count), cpuSeconds, unit: "reviews"))"
                + "   (\(Stopwatch.milliseconds(cpuSeconds)), median of the same 5)")
        // The peer: a Python loop over the same file through fsrs-rs (no learning steps, no fuzz: less work).
        let baselines = PythonBaselines()
        guard baselines.available else {
            print("  (fsrs-rs-python skipped: \(PythonBaselines.setupHint))")
            return
        }
        let script = baselines.script.deletingLastPathComponent().appendingPathComponent("fsrs_rs_replay.py")
        let (peerSeconds, peerPeak) = try measure(baselines.python, [script.path, file.path], environment: environment, runs: 1)
        print(
            "  fsrs-rs-python loop (python fsrs_rs_replay.py)  \(Stopwatch.rate(Double(count), peerSeconds, unit: "reviews"))"
                + "   (\(Stopwatch.milliseconds(peerSeconds)), \(megabytes(peerPeak)) peak, one run)")
    }

    private static func segmentation(_ tifa: URL, _ folder: URL, _ environment: [String: String]) throws {
        let corpus = try SharedCorpus.locate()
        var text = try corpus.politicalText(includingNews: false)
        let news = corpus.root.appendingPathComponent("corpus/cctv-xinwen-lianbo")
        for name in try FileManager.default.contentsOfDirectory(atPath: news.path).sorted() where name.hasSuffix(".txt") {
            text += try String(contentsOf: news.appendingPathComponent(name), encoding: .utf8)
        }
        // The corpus holds about 19 MB: the reports again, whole, until the input is 20 MB.
        let reports = try corpus.politicalText(includingNews: false)
        while text.utf8.count < 20_000_000 { text += reports }
        let file = folder.appendingPathComponent("corpus.txt")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let characters = Double(text.unicodeScalars.count)
        let bytes = text.utf8.count
        print("Whole processes on \(megabytes(bytes)) of reports and evening news (\(Int(characters)) characters):")
        let (seconds, cpuSeconds, peak) = try measureWallAndCPU(
            tifa, ["read", "--segment", "--keep-lines", file.path], environment: environment, runs: 3)
        print(
            "  tifa read --segment --keep-lines   \(Stopwatch.rate(characters / 1e6, seconds, unit: "M chars"))"
                + "   \(Stopwatch.milliseconds(seconds)), \(megabytes(peak)) peak (\(String(format: "%.2f", Double(peak) / Double(bytes)))x the input; target <= 2x)"
                + "\n    by its CPU time (user + system)  \(Stopwatch.rate(characters / 1e6, cpuSeconds, unit: "M chars"))"
                + "   \(Stopwatch.milliseconds(cpuSeconds)) (medians of 3)"
        )
        let baselines = PythonBaselines()
        if baselines.available {
            for tool in ["rjieba", "jieba"] {
                let arguments = [baselines.script.path, "segment", tool, file.path]
                let runs = tool == "jieba" ? 1 : 3
                let (seconds, peak) = try measure(baselines.python, arguments, environment: environment, runs: runs)
                print(
                    "  \(tool) (python baselines.py segment) \(Stopwatch.rate(characters / 1e6, seconds, unit: "M chars"))"
                        + "   \(Stopwatch.milliseconds(seconds)), \(megabytes(peak)) peak")
            }
        } else {
            print("  (rjieba and jieba skipped: \(PythonBaselines.setupHint))")
        }
        try extraction(tifa, file: file, environment: environment)
    }

    /// `tifa import` of 50,000 CC-CEDICT terms (100,000 cards), then the commands that read that collection.
    private static func collection(_ tifa: URL, _ folder: URL, _ environment: [String: String]) throws {
        let terms = folder.appendingPathComponent("terms.txt")
        try CedictTerms.write(count: 50_000, to: terms)
        let database = folder.appendingPathComponent("big.sqlite")
        // Three imports, each into a new file (the last one is kept for the commands below): CPU time is the
        // steadier figure on a shared machine.
        var imports: [ChildProcess.Exit] = []
        var walls: [Double] = []
        for _ in 0..<3 {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: database.path + suffix) }
            walls.append(
                try Stopwatch.seconds {
                    imports.append(
                        try ChildProcess.run(
                            tifa, ["import", terms.path, "--deck", "big", "--db", database.path],
                            environment: environment, keepingOutput: false))
                })
        }
        guard imports.allSatisfy({ $0.status == 0 }) else { throw CocoaError(.executableLoad) }
        let importWall = walls.sorted()[1]
        let importCPU = imports.map(\.cpuSeconds).sorted()[1]
        print(
            "tifa import of 50,000 CC-CEDICT terms (100,000 cards):   \(Stopwatch.milliseconds(importWall)) wall,"
                + " \(Stopwatch.milliseconds(importCPU)) of CPU, \(megabytes(imports.map(\.peakMemory).max() ?? 0)) peak"
                + "   target <= 2 s (medians of 3)")
        for arguments in [["cards", "list"], ["cards", "list", "--json"]] {
            let firstLine = try FirstOutputLine.seconds(
                tifa, arguments + ["--deck", "big", "--db", database.path], environment: environment, runs: 11)
            print(
                "tifa \(arguments.joined(separator: " ")) --deck big, 100,000 cards, first line:   \(Stopwatch.milliseconds(firstLine))"
                    + "   target <= 50 ms (median of 11)")
        }
        let (stats, _) = try measure(tifa, ["stats", "--deck", "big", "--db", database.path], environment: environment)
        print(
            "tifa stats --deck big, 100,000 cards, no answers yet:     \(Stopwatch.milliseconds(stats))   target <= 250 ms with 1 M answers (median of 5)"
        )
    }
}

/// A replay input: `count` reviews of `cards` cards, each card's reviews in time order, from a seeded generator.
enum ReplayInput {
    static func write(reviews count: Int, cards: Int, to file: URL) throws {
        var random = SplitMix64(seed: 17)
        var lastTime = [Int64](repeating: 1_735_689_600, count: cards)  // 2025-01-01
        let gaps: [Int64] = [60, 600, 3_600, 86_400, 3 * 86_400, 10 * 86_400, 40 * 86_400]
        var text = ""
        text.reserveCapacity(count * 72)
        for index in 0..<count {
            let card = Int(random.next() % UInt64(cards))
            lastTime[card] += gaps[Int(random.next() % UInt64(gaps.count))] + Int64(random.next() % 3_600)
            let time = Date(timeIntervalSince1970: TimeInterval(lastTime[card]))
            let rating = [1, 2, 3, 3, 3, 4][Int(random.next() % 6)]
            let duration = index % 5 == 0 ? ", \"duration\": \(random.next() % 20_000)" : ""
            text += "{\"card\": \"card-\(card)\", \"rating\": \(rating), \"time\": \"\(iso8601.string(from: time))\"\(duration)}\n"
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    nonisolated(unsafe) private static let iso8601: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()
}

/// A plain term list (term, tab, first English meaning) of the first `count` distinct simplified terms of
/// CC-CEDICT, as `tifa import` reads it.
enum CedictTerms {
    static func write(count: Int, to file: URL) throws {
        let cedict = try DictionarySources.locate().directory.appendingPathComponent("cedict_ts.u8")
        var seen = Set<Substring>()
        var lines: [String] = []
        for line in try String(contentsOf: cedict, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: " ", maxSplits: 2)
            // A quote would start a quoted field in the list format; such terms are left out.
            guard fields.count == 3, !line.contains("\""), seen.insert(fields[1]).inserted,
                let slash = line.firstIndex(of: "/")
            else { continue }
            let meaning = line[line.index(after: slash)...].split(separator: "/").first ?? ""
            lines.append("\(fields[1])\t\(meaning.replacingOccurrences(of: "\t", with: " "))")
            if lines.count == count { break }
        }
        try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
    }
}
