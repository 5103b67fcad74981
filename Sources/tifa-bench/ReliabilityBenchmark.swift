import Article
import Foundation
import FuzzSupport
import Lexicon
import Scheduler
import Store

/// `tifa-bench reliability`: the figures of issue 9, each from running the thing. Fuzzing in process; bad input
/// and bad databases handed to the built `tifa`; two processes answering cards in one database at once; a process
/// killed with SIGKILL in the middle of saving notes; peak memory of large and endless inputs.
enum ReliabilityBenchmark {
    static func run() throws {
        let tifa = buildFolder.appendingPathComponent("tifa")
        guard FileManager.default.isExecutableFile(atPath: tifa.path) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "build tifa first: swift build -c release"])
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-reliability-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let environment = [
            "TIFA_CACHE_DIR": scratch.appendingPathComponent("cache").path, "NO_COLOR": "1",
            "TIFA_NOW": "2025-03-01T08:00:00Z",
        ]
        _ = try ChildProcess.run(tifa, ["lookup", "中国"], environment: environment)  // build the lexicon cache once

        try MemoryFigures.run(tifa: tifa, scratch: scratch, environment: environment)
        try FuzzFigures.run()
        try BadInputFigures.run(tifa: tifa, scratch: scratch, environment: environment)
        try SessionFigures.runReviews(tifa: tifa, scratch: scratch, environment: environment)
        try SessionFigures.run(scratch: scratch)
        try KillFigures.run(scratch: scratch)
    }

    static func row(_ figure: String, _ value: String) {
        print("\(figure.padding(toLength: 34, withPad: " ", startingAt: 0)) \(value)")
    }

    static func count(_ number: Int) -> String {
        let formatter = NumberFormatter()
        formatter.numberStyle = .decimal
        formatter.locale = Locale(identifier: "en_US")
        return formatter.string(from: NSNumber(value: number)) ?? String(number)
    }
}

/// Seeded fuzzing in process: a crash would end the benchmark, so a printed row means none.
enum FuzzFigures {
    static func run() throws {
        let pages = FuzzCorpus.articles
        let lexicon = try Lexicon.load()
        let segmenter = Segmenter(lexicon: lexicon)
        var tried = (reader: 0, segmenter: 0, replay: 0)
        let seconds = Stopwatch.seconds {
            for seed in 0..<UInt64(4_000) {
                var random = FuzzRandom(seed: seed &* 0xB00_0001)
                let inputs = [
                    random.bytes(random.below(4_096)),
                    Array(RandomText.string(&random, length: random.below(2_000)).utf8),
                    Mutation.mutate(random.pick(pages), with: random.pick(pages), &random),
                ]
                for bytes in inputs {
                    _ = try? Document(bytes: bytes, name: "fuzz", options: ReadingOptions())
                    tried.reader += 1
                    _ = bytes.withUnsafeBufferPointer { segmenter.segment(utf8: $0) }
                    tried.segmenter += 1
                }
                var replay = Replay(scheduler: Scheduler())
                let line = #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z", "duration": 5300}"#
                for _ in 0..<8 {
                    let mutated = Mutation.mutate(Array(line.utf8), with: inputs[1], &random)
                    _ = try? replay.next(String(decoding: mutated, as: UTF8.self))
                    tried.replay += 1
                }
            }
            // The inputs that once broke Tifa, kept as fixtures.
            for (_, bytes) in FuzzCorpus.crashes("reader") { _ = try? Document(bytes: bytes, name: "kept") }
            for (_, bytes) in FuzzCorpus.crashes("segmenter") { _ = bytes.withUnsafeBufferPointer { segmenter.segment(utf8: $0) } }
        }
        let kept = ["reader", "segmenter", "replay"].map { FuzzCorpus.crashes($0).count }.reduce(0, +)
        ReliabilityBenchmark.row(
            "fuzzed inputs, in process",
            "reader \(ReliabilityBenchmark.count(tried.reader)), segmenter "
                + "\(ReliabilityBenchmark.count(tried.segmenter)), replay lines \(ReliabilityBenchmark.count(tried.replay)): "
                + "0 crashes (\(String(format: "%.1f", seconds)) s)")
        ReliabilityBenchmark.row("kept inputs that broke Tifa", "\(kept), all handled now")
    }
}

/// Bad files and bad databases handed to the built binary, as the end-to-end tests do.
enum BadInputFigures {
    static let crashMarks = ["Fatal error", "Backtrac", "Program crashed", "Segmentation fault", "Illegal instruction"]

    static func run(tifa: URL, scratch: URL, environment: [String: String]) throws {
        let folder = scratch.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("a-folder"), withIntermediateDirectories: true)
        func file(_ name: String, _ bytes: [UInt8]) throws -> String {
            let url = folder.appendingPathComponent(name)
            try Data(bytes).write(to: url)
            return url.path
        }
        var random = FuzzRandom(seed: 9)
        let files = [
            folder.appendingPathComponent("missing.txt").path, folder.appendingPathComponent("a-folder").path,
            try file("empty.txt", []), try file("blank.txt", Array(" \n\t\n　\r\n".utf8)),
            try file("picture.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + random.bytes(4_000)),
            try file("random.bin", random.bytes(65_536)),
            try file("utf16.txt", "人类命运共同体，同舟共济。\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
            try file("nul.txt", Array("同舟共济\u{0}人类命运共同体\n".utf8)), "/dev/urandom", "/dev/zero",
        ]
        let article = try file("article.txt", Array("各国要同舟共济，推动构建人类命运共同体。行百里者半九十。\n".utf8))
        let database = folder.appendingPathComponent("tifa.sqlite").path
        var store = environment
        store["TIFA_DB"] = database
        _ = try ChildProcess.run(tifa, ["extract", "--deck", "外交", article], environment: store)
        let commands = [
            ["read"], ["read", "--json"], ["read", "--segment"], ["extract"], ["extract", "--deck", "外交"],
            ["fsrs", "replay"], ["known", "import"], ["import", "--deck", "外交"],
        ]
        var tried = 0
        var clean = 0
        var unchanged = 0
        for path in files {
            for command in commands {
                let before = FileManager.default.contents(atPath: database)
                let exit = try ChildProcess.run(tifa, command + [path], environment: store)
                tried += 1
                if isClean(exit, naming: path) { clean += 1 }
                if FileManager.default.contents(atPath: database) == before { unchanged += 1 }
            }
        }
        ReliabilityBenchmark.row(
            "bad files, end to end",
            "\(tried) tried (\(files.count) kinds × \(commands.count) commands): "
                + "\(clean) refused in one line naming the file, store unchanged after \(unchanged)")

        // Bad databases × every store command.
        let notes = try file("notes.tsv", Array("同舟共济\tto pull together\n".utf8))
        let storeCommands = [
            ["decks"], ["decks", "create", "新"], ["cards", "list"], ["known", "add", "中国"],
            ["known", "import", article], ["extract", "--deck", "外交", article], ["extract", article],
            ["review", "--deck", "外交"], ["stats"], ["export", "--deck", "外交", "-o", folder.appendingPathComponent("out.tsv").path],
            ["import", notes, "--deck", "外交"],
        ]
        let other = folder.appendingPathComponent("other.sqlite").path
        _ = try ChildProcess.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "cp '\(database)' '\(other)'"])
        var bad: [String] = [
            try file("picture.sqlite", [0x89, 0x50, 0x4E, 0x47] + random.bytes(8_000)),
            folder.appendingPathComponent("a-folder").path,
        ]
        let good = FileManager.default.contents(atPath: database) ?? Data()
        bad.append(try file("truncated.sqlite", Array(good.prefix(good.count / 3))))
        var damaged = [UInt8](good)
        for index in stride(from: 4_096, to: damaged.count, by: 7) { damaged[index] = UInt8(truncatingIfNeeded: random.next()) }
        bad.append(try file("damaged.sqlite", damaged))
        tried = 0
        clean = 0
        unchanged = 0
        for path in bad {
            for command in storeCommands {
                var variables = environment
                variables["TIFA_DB"] = path
                let before = FileManager.default.contents(atPath: path)
                let exit = try ChildProcess.run(tifa, command, environment: variables)
                tried += 1
                if isClean(exit, naming: path) { clean += 1 }
                if FileManager.default.contents(atPath: path) == before { unchanged += 1 }
            }
        }
        ReliabilityBenchmark.row(
            "bad databases, end to end",
            "\(tried) tried (\(bad.count) kinds × \(storeCommands.count) commands): "
                + "\(clean) refused in one line naming the file, file unchanged after \(unchanged)")
    }

    static func isClean(_ exit: ChildProcess.Exit, naming thing: String) -> Bool {
        let lines = exit.error.split(separator: "\n").filter { !$0.hasPrefix("Building the lexicon index") }
        return exit.status > 0 && exit.status < 128 && lines.count == 1 && lines[0].hasPrefix("tifa: ")
            && lines[0].contains(thing) && lines[0].contains(";") && !crashMarks.contains { exit.error.contains($0) }
    }
}
