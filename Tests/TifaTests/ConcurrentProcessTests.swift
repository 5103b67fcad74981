import Foundation
import GRDB
import Testing
import TifaTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Two `tifa` processes on one database or one lexicon cache at the same moment, and a process killed half-way:
/// nothing lost, nothing doubled, nothing half-written.
@Suite(.serialized) struct ConcurrentProcessTests {
    static let decks = DecksTests.decks
    static let report = decks.appendingPathComponent("government-work-report-2025/article.txt").path
    static let page = decks.appendingPathComponent("people-daily-2018-06-11/article.txt").path

    /// Every note of the database as deck/term → (cards, example sentences): ids and times aside, what it holds.
    static func holdings(_ path: String) throws -> [String: [Int]] {
        try DatabaseQueue(path: path).read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT deck.name || '/' || note.term AS key,
                           (SELECT COUNT(*) FROM card WHERE card.note_id = note.id) AS cards,
                           (SELECT COUNT(*) FROM example WHERE example.note_id = note.id) AS examples
                    FROM note JOIN deck ON deck.id = note.deck_id
                    """)
            return Dictionary(
                rows.map { ($0["key"] as String, [$0["cards"] as Int, $0["examples"] as Int]) },
                uniquingKeysWith: { first, second in first + second })
        }
    }

    @Test func twoExtractsIntoOneDeckAtOnceLoseAndDoubleNothing() throws {
        let scratch = try TemporaryFolder()
        let environment = { (database: String) in ["TIFA_DB": database, "TIFA_NOW": "2025-03-01T08:00:00Z"] }
        // What the two articles give when saved one after the other.
        let sequential = scratch.path("sequential.sqlite")
        for article in [Self.report, Self.page] {
            let result = try TifaProcess.run(["extract", "--deck", "时政", "--top", "0", article], environment: environment(sequential))
            try #require(result.status == 0, "\(result.error)")
        }
        let expected = try Self.holdings(sequential)
        #expect(expected.count > 500)

        let database = scratch.path("together.sqlite")
        let runs = try [Self.report, Self.page].map { article in
            try RunningTifa(["extract", "--deck", "时政", "--top", "0", article], environment: environment(database))
        }
        for finished in runs.map({ $0.finish() }) {
            #expect(finished.result.status == 0, "\(finished.result.error)")
            #expect(finished.result.output.contains("notes added"))
        }
        #expect(try Self.holdings(database) == expected)
        #expect(try DatabaseInspection.integrity(of: database) == "ok")
    }

    /// Three `tifa review` sessions on one database at once (two of them on the same deck, answering the same
    /// cards), driven through their standard input: every answer a session reports is in the review log, once.
    @Test func reviewSessionsAtOnceLoseAndDoubleNothing() throws {
        let scratch = try TemporaryFolder()
        let database = scratch.path("tifa.sqlite")
        for (deck, article) in [("甲", Self.page), ("乙", Self.report)] {
            let result = try TifaProcess.run(
                ["extract", "--deck", deck, "--top", "15", article],
                environment: ["TIFA_DB": database, "TIFA_NOW": "2025-03-01T08:00:00Z"])
            try #require(result.status == 0, "\(result.error)")
        }
        // Show the answer, rate it Good; over and over.
        let answers = try scratch.file("answers.txt", text: String(repeating: "\n3\n", count: 40))
        var reported = 0
        // New cards first; half an hour later, the learning steps they went into.
        for now in ["2025-03-01T08:00:00Z", "2025-03-01T08:30:00Z"] {
            let sessions = try ["甲", "乙", "甲"].map { deck in
                try RunningTifa(
                    ["review", "--deck", deck], environment: ["TIFA_DB": database, "TIFA_NOW": now, "TZ": "UTC"],
                    input: .file(answers))
            }
            for finished in sessions.map({ $0.finish() }) {
                #expect(finished.result.status == 0, "\(now): \(finished.result.error)")
                reported += Self.answerCount(in: finished.result.output)
            }
            #expect(try DatabaseInspection.count("review_log", in: database) == reported, "\(now): \(reported) answers reported")
        }
        #expect(reported >= 60, "the sessions answered too little to tell")
        #expect(try DatabaseInspection.integrity(of: database) == "ok")
    }

    /// The answers a session's summary reports: "Reviewed 15 cards (30 answers) in 0 s; …", or "Reviewed 3 cards"
    /// when each was answered once.
    static func answerCount(in output: String) -> Int {
        guard let line = output.split(separator: "\n").first(where: { $0.hasPrefix("Reviewed ") }) else { return 0 }
        let words = line.split(separator: " ")
        if let index = words.firstIndex(where: { $0.hasPrefix("answers") }), index > 0 {
            return Int(words[index - 1].drop { $0 == "(" }) ?? 0
        }
        return words.count > 1 ? Int(words[1]) ?? 0 : 0
    }

    /// Two processes adding known words one command at a time, interleaved: every word is there once.
    @Test func twoWritersOfKnownWordsLoseNothing() throws {
        let scratch = try TemporaryFolder()
        let database = scratch.path("tifa.sqlite")
        let words = (0..<2).map { writer in (0..<20).map { "词\(writer)号\($0)" } }
        try withThrowingTaskGroupSync(count: 2) { writer in
            for word in words[writer] {
                let result = try TifaProcess.run(["known", "add", word], environment: ["TIFA_DB": database])
                #expect(result.status == 0, "\(result.error)")
            }
        }
        let listed = try TifaProcess.run(["known", "--json"], environment: ["TIFA_DB": database])
        let stored = try #require(try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [String])
        #expect(stored.sorted() == words.flatMap { $0 }.sorted())
    }

    /// `tifa extract --deck` killed (SIGKILL) while it holds the database's write lock leaves every note of the
    /// article or none, and a sound file.
    @Test func killedExtractLeavesAllOrNone() throws {
        let scratch = try TemporaryFolder()
        let environment = { (database: String) in ["TIFA_DB": database, "TIFA_NOW": "2025-03-01T08:00:00Z"] }
        // The work report: two thousand notes, a write transaction long enough to be caught holding the lock.
        let article = Self.report
        // The deck before, and after a run that is not killed.
        let before = scratch.path("before.sqlite")
        let setUp = try TifaProcess.run(["extract", "--deck", "时政", "--top", "30", Self.page], environment: environment(before))
        try #require(setUp.status == 0, "\(setUp.error)")
        let after = scratch.path("after.sqlite")
        try FileManager.default.copyItem(atPath: before, toPath: after)
        let whole = try TifaProcess.run(["extract", "--deck", "时政", "--top", "0", article], environment: environment(after))
        try #require(whole.status == 0, "\(whole.error)")
        let none = try Self.holdings(before)
        let all = try Self.holdings(after)
        #expect(all.count > none.count + 1_000)

        var killedInTransaction = 0
        for trial in 0..<2 {
            let database = scratch.path("killed-\(trial).sqlite")
            try FileManager.default.copyItem(atPath: before, toPath: database)
            let run = try RunningTifa(["extract", "--deck", "时政", "--top", "0", article], environment: environment(database))
            if WriteLock.waitForLongHold(of: database, while: { !run.hasExited }) {
                // A different moment of the transaction each trial.
                usleep(UInt32(trial) * 15_000)
                run.kill()
                killedInTransaction += 1
            }
            let finished = run.finish()
            let holdings = try Self.holdings(database)
            #expect(holdings == none || holdings == all, "trial \(trial): \(holdings.count) notes, expected \(none.count) or \(all.count)")
            #expect(try DatabaseInspection.integrity(of: database) == "ok")
            if finished.signal == SIGKILL && killedInTransaction == 1 {
                // The next run finishes the job (checked once: each check is a whole extract).
                let again = try TifaProcess.run(["extract", "--deck", "时政", "--top", "0", article], environment: environment(database))
                #expect(again.status == 0, "\(again.error)")
                #expect(try Self.holdings(database) == all)
            }
        }
        #expect(killedInTransaction > 0, "no run was caught holding the write lock")
    }

    /// On the small dictionary, whose index builds in milliseconds (the shipped one takes seconds in a debug
    /// build); `LexiconCacheTests.concurrentBuildsLeaveAValidIndex` races four builds of it in one process.
    @Test func twoLookupsBuildingTheCacheAtOnceLeaveAValidCache() throws {
        let scratch = try TemporaryFolder()
        let cache = scratch.path("cache")
        let dictionaries = try SmallDictionary.write(to: scratch.file("Dictionaries")).path
        let reference = try TifaProcess.run(
            ["lookup", "同舟共济", "上海精神"],
            environment: ["TIFA_CACHE_DIR": scratch.path("reference-cache"), "TIFA_DICTIONARIES": dictionaries])
        try #require(reference.status == 0, "\(reference.error)")
        let environment = ["TIFA_CACHE_DIR": cache, "TIFA_DICTIONARIES": dictionaries]
        let runs = try (0..<2).map { _ in try RunningTifa(["lookup", "同舟共济", "上海精神"], environment: environment) }
        for finished in runs.map({ $0.finish() }) {
            #expect(finished.result.status == 0, "\(finished.result.error)")
            #expect(finished.result.output == reference.output)
        }
        let third = try TifaProcess.run(["lookup", "同舟共济", "上海精神"], environment: environment)
        #expect(third.output == reference.output)
        #expect(!third.error.contains("Building"), "the cache left by the two was not reused: \(third.error)")
        let files = try FileManager.default.contentsOfDirectory(atPath: cache).sorted()
        #expect(files.allSatisfy { !$0.hasPrefix(".") }, "temporary files left: \(files)")
    }
}

/// Runs `body(0)` … `body(count - 1)` at the same time and waits for all of them.
func withThrowingTaskGroupSync(count: Int, _ body: @escaping @Sendable (Int) throws -> Void) throws {
    let errors = ErrorBox()
    DispatchQueue.concurrentPerform(iterations: count) { index in
        do { try body(index) } catch { errors.record(error) }
    }
    if let error = errors.first { throw error }
}

final class ErrorBox: @unchecked Sendable {
    private let lock = NSLock()
    private var errors: [any Error] = []
    func record(_ error: any Error) { lock.withLock { errors.append(error) } }
    var first: (any Error)? { lock.withLock { errors.first } }
}

/// Watches a database's write lock from another connection.
enum WriteLock {
    /// Whether another connection holds the write lock now (BEGIN IMMEDIATE is refused at once).
    static func isHeld(on path: String) -> Bool {
        guard FileManager.default.fileExists(atPath: path),
            let queue = try? DatabaseQueue(path: path)
        else { return false }
        do {
            try queue.inDatabase { db in
                try db.execute(sql: "BEGIN IMMEDIATE")
                try db.execute(sql: "ROLLBACK")
            }
            return false
        } catch let error as DatabaseError {
            return error.resultCode == .SQLITE_BUSY
        } catch {
            return false
        }
    }

    /// Polls until the lock is held twice 20 ms apart (a transaction, not the moment of opening the file), or
    /// `running` turns false. Returns whether it saw such a hold.
    static func waitForLongHold(of path: String, while running: () -> Bool) -> Bool {
        while running() {
            if isHeld(on: path) {
                usleep(20_000)
                if isHeld(on: path) { return true }
            }
            usleep(2_000)
        }
        return false
    }
}
