import Foundation
import Scheduler
import Store

/// Two processes answering cards of one database at the same moment, as two `tifa review` sessions would, and
/// processes killed in the middle of saving an article's notes. The workers are this benchmark binary itself
/// (`tifa-bench reliability-worker …`), driving the Store API.
enum SessionFigures {
    static let rounds = 10
    static let answersPerSession = 200

    static func run(scratch: URL) throws {
        var made = 0
        var stored = 0
        var lost = 0
        var doubled = 0
        var failedSessions = 0
        let seconds = try Stopwatch.seconds {
            for round in 0..<rounds {
                let database = scratch.appendingPathComponent("sessions-\(round).sqlite").path
                let store = try DeckStore(fileAt: URL(fileURLWithPath: database))
                let drafts = (0..<20).map { NoteDraft(term: "词\($0)", pinyin: "cí", gloss: "word \($0)") }
                try store.upsertNotes(
                    drafts, toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: Date(timeIntervalSince1970: 1.74e9))
                let cards = try store.cards(inDeckNamed: "外交").compactMap(\.card.id)
                // Each session answers its own half of the cards, over and over.
                let halves = [
                    cards.enumerated().filter { $0.offset % 2 == 0 }.map(\.element),
                    cards.enumerated().filter { $0.offset % 2 == 1 }.map(\.element),
                ]
                let workers = try halves.map { half in
                    try ChildProcess(
                        buildFolder.appendingPathComponent("tifa-bench"),
                        ["reliability-worker", "answer", database, String(answersPerSession)]
                            + half.map(String.init))
                }
                for exit in workers.map({ $0.wait() }) where exit.status != 0 {
                    failedSessions += 1
                    FileHandle.standardError.write(Data("session failed: \(exit.error)\n".utf8))
                }
                made += 2 * answersPerSession
                let logs = try store.reviewLog(inDeckNamed: nil)
                stored += logs.count
                lost += max(0, 2 * answersPerSession - logs.count)
                // An answer recorded twice would show as two log rows from the same repetition of one card.
                let repetitions = logs.map { "\($0.cardID)/\($0.previousReps)" }
                doubled += repetitions.count - Set(repetitions).count
                for id in cards where try store.card(id: id).card.reps != logs.filter({ $0.cardID == id }).count { lost += 1 }
            }
        }
        ReliabilityBenchmark.row(
            "concurrent answering processes",
            "\(rounds) rounds of 2 processes at once: \(ReliabilityBenchmark.count(made)) answers made, "
                + "\(ReliabilityBenchmark.count(stored)) stored, \(lost) lost, \(doubled) doubled, \(failedSessions) sessions failed "
                + "(\(String(format: "%.1f", seconds)) s)")
    }

    /// Real `tifa review` sessions, three at once on one database (two on the same deck), driven through
    /// standard input ("show the answer, Good", over and over): the answers their summaries report against the
    /// review log.
    static func runReviews(tifa: URL, scratch: URL, environment: [String: String]) throws {
        var reported = 0
        var logged = 0
        var failed = 0
        var sessions = 0
        let answers = scratch.appendingPathComponent("answers.txt")
        try String(repeating: "\n3\n", count: 60).write(to: answers, atomically: true, encoding: .utf8)
        let article = try SharedCorpus.locate().root.appendingPathComponent("corpus/gov-work-reports/2025.txt").path
        let seconds = try Stopwatch.seconds {
            for round in 0..<5 {
                let database = scratch.appendingPathComponent("reviews-\(round).sqlite").path
                var variables = environment
                variables["TIFA_DB"] = database
                variables["TZ"] = "UTC"
                for deck in ["甲", "乙"] {
                    _ = try ChildProcess.run(tifa, ["extract", "--deck", deck, "--top", "20", article], environment: variables)
                }
                for now in ["2025-03-01T08:00:00Z", "2025-03-01T08:30:00Z", "2025-03-02T08:00:00Z"] {
                    variables["TIFA_NOW"] = now
                    let running = try ["甲", "乙", "甲"].map { deck in
                        try ChildProcess(tifa, ["review", "--deck", deck], environment: variables, input: answers.path)
                    }
                    for exit in running.map({ $0.wait() }) {
                        sessions += 1
                        if exit.status != 0 { failed += 1 }
                        reported += answerCount(in: exit.output)
                    }
                }
                logged += try DeckStore(fileAt: URL(fileURLWithPath: database)).reviewLog(inDeckNamed: nil).count
            }
        }
        ReliabilityBenchmark.row(
            "tifa review sessions at once",
            "\(sessions) sessions, 3 at a time on one database: "
                + "\(ReliabilityBenchmark.count(reported)) answers reported, \(ReliabilityBenchmark.count(logged)) logged, "
                + "\(max(0, reported - logged)) lost, \(max(0, logged - reported)) doubled, \(failed) sessions failed (\(String(format: "%.1f", seconds)) s)"
        )
    }

    /// The answers a session's summary reports: "Reviewed 15 cards (30 answers) in 0 s; …", or "Reviewed 3 cards".
    static func answerCount(in output: String) -> Int {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Reviewed ") }) else { return 0 }
        let words = line.split(separator: " ")
        if let index = words.firstIndex(where: { $0.hasPrefix("answers") }), index > 0 {
            return Int(words[index - 1].drop { $0 == "(" }) ?? 0
        }
        return words.count > 1 ? Int(words[1]) ?? 0 : 0
    }

    /// The worker: answers the given cards in turn, each answer one transaction, as a review session does.
    static func answer(database: String, count: Int, cards: [Int64]) throws {
        let store = try DeckStore(fileAt: URL(fileURLWithPath: database))
        var now = Date(timeIntervalSince1970: 1.74e9)
        for index in 0..<count {
            let id = cards[index % cards.count]
            let card = try store.card(id: id).card
            now += 1
            try store.recordAnswer(
                cardID: id, rating: .good,
                state: .review(memory: MemoryState(stability: Double(card.reps + 1), difficulty: 5)),
                due: now + 86_400, lastReview: now, reps: card.reps + 1, durationMilliseconds: 800, now: now)
        }
    }
}

enum KillFigures {
    static let trials = 12
    static let notes = 3_000

    static func run(scratch: URL) throws {
        let worker = buildFolder.appendingPathComponent("tifa-bench")
        // How long the save's transaction takes (from the worker's marker to its exit), so that the kills fall
        // across it.
        let timing = scratch.appendingPathComponent("kill-timing.sqlite").path
        let child = try ChildProcess(worker, ["reliability-worker", "notes", timing, String(notes)])
        waitForMarker(of: timing)
        let transaction = Stopwatch.seconds { _ = child.wait() }
        var allOrNone = 0
        var sound = 0
        var killedInside = 0
        for trial in 0..<trials {
            let database = scratch.appendingPathComponent("killed-\(trial).sqlite").path
            let child = try ChildProcess(worker, ["reliability-worker", "notes", database, String(notes)])
            waitForMarker(of: database)
            usleep(UInt32(transaction * 1e6 * (Double(trial) + 0.5) / Double(trials)))
            child.kill()
            let exit = child.wait()
            let store = try DeckStore(fileAt: URL(fileURLWithPath: database))
            let saved = (try? store.decks().isEmpty) == false ? try store.noteDetails(inDeckNamed: "时政").count : 0
            if saved == 0 || saved == notes { allOrNone += 1 }
            if exit.signal == SIGKILL && saved == 0 { killedInside += 1 }
            if (try? store.integrityCheck()) == "ok" { sound += 1 }
        }
        ReliabilityBenchmark.row(
            "killed while saving notes",
            "\(trials) SIGKILLs spread across the transaction of a "
                + "\(ReliabilityBenchmark.count(notes))-note save (\(String(format: "%.2f", transaction)) s): \(killedInside) before its commit, "
                + "\(trials - killedInside) after; all or none \(allOrNone)/\(trials), sound file \(sound)/\(trials)")
    }

    /// Waits until the worker says it is about to save (its marker file exists).
    static func waitForMarker(of database: String) {
        while !FileManager.default.fileExists(atPath: database + ".saving") { usleep(500) }
    }

    /// The worker: saves `count` notes of one article in one transaction, creating `<database>.saving` first.
    static func notes(database: String, count: Int) throws {
        let store = try DeckStore(fileAt: URL(fileURLWithPath: database))
        let drafts = (0..<count).map { index in
            NoteDraft(
                term: "术语\(index)", pinyin: "shù yǔ", gloss: "term \(index)",
                examples: [ExampleDraft(sentence: "第\(index)句话里有术语\(index)。", sourceFile: "article.txt", sourceLine: index + 1)])
        }
        _ = FileManager.default.createFile(atPath: database + ".saving", contents: nil)
        try store.upsertNotes(drafts, toDeckNamed: "时政", createDeckIfMissing: true, policy: .extraction, now: Date(timeIntervalSince1970: 1.74e9))
    }
}

/// Peak resident memory of the release binary on large and endless inputs. Linux starts a spawned child's peak
/// (wait4's ru_maxrss) at its parent's, so each run is spawned by a fresh, small worker (`reliability-worker peak`)
/// that reports the figure; the floor that leaves is shown, measured on /bin/true.
enum MemoryFigures {
    static func run(tifa: URL, scratch: URL, environment: [String: String]) throws {
        let page = try String(contentsOf: try SharedCorpus.locate().root.appendingPathComponent("corpus/gov-work-reports/2025.txt"), encoding: .utf8)
        func file(megabytes: Int) throws -> String {
            let path = scratch.appendingPathComponent("large-\(megabytes).txt").path
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            let block = Data(page.utf8)
            var written = 0
            while written + block.count <= megabytes << 20 {
                try handle.write(contentsOf: block)
                written += block.count
            }
            try handle.close()
            return path
        }
        let limit = try file(megabytes: 30)
        let huge = try file(megabytes: 100)
        func measure(_ executable: URL, _ arguments: [String], input: String = "/dev/null") throws -> (
            megabytes: Int, status: String, seconds: Double
        ) {
            let report = scratch.appendingPathComponent("peak-\(UUID().uuidString)").path
            let seconds = try Stopwatch.seconds {
                _ = try ChildProcess.run(
                    buildFolder.appendingPathComponent("tifa-bench"),
                    ["reliability-worker", "peak", report, input, executable.path] + arguments,
                    environment: environment)
            }
            let fields = (try? String(contentsOfFile: report, encoding: .utf8))?.split(separator: " ") ?? []
            return ((fields.first.flatMap { Int($0) } ?? 0) >> 20, fields.count > 1 ? String(fields[1]) : "?", seconds)
        }
        let floor = try measure(URL(fileURLWithPath: "/bin/true"), [])
        var parts: [String] = []
        for (label, arguments, input) in [
            ("read 30 MB", ["read", limit], "/dev/null"), ("extract 30 MB", ["extract", limit], "/dev/null"),
            ("100 MB file refused", ["read", huge], "/dev/null"),
            ("100 MB on standard input refused", ["read"], huge),
            ("/dev/urandom refused", ["read", "/dev/urandom"], "/dev/null"),
        ] {
            let run = try measure(tifa, arguments, input: input)
            parts.append("\(label): \(run.megabytes) MB, \(String(format: "%.1f", run.seconds)) s (exit \(run.status))")
        }
        ReliabilityBenchmark.row("peak memory", parts.joined(separator: "; ") + " (floor \(floor.megabytes) MB)")
    }

    /// The worker: runs the program with `input` as standard input and its output discarded, and writes
    /// "<peak bytes> <exit status>" to `report`.
    static func peak(report: String, input: String, command: [String]) throws {
        let exit = try ChildProcess.run(URL(fileURLWithPath: command[0]), Array(command.dropFirst()), input: input)
        try "\(exit.peakMemory) \(exit.status)".write(toFile: report, atomically: true, encoding: .utf8)
    }
}
