import Foundation
import GRDB
import Store
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Ctrl-C during `tifa fsrs optimize --deck --apply`, sent to the real process while it fits: the store is
/// written only after the fit, in one transaction, so the database must hold exactly what it held before.
@Suite struct OptimizeInterruptTests {
    @Test func interruptedFitLeavesTheStoreUntouched() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-interrupt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("tifa.sqlite")
        try Self.makeDeck(at: database)
        let before = try Self.contents(of: database)

        let environment = ["TIFA_DB": database.path, "TIFA_NOW": "2026-01-01T00:00:00Z"]
        let process = try RunningTifa(
            ["fsrs", "optimize", "--deck", "外交", "--apply", "--reschedule"],
            environment: environment)
        // The progress line appears once the fit has run for a second: proof that it is fitting now.
        var sawProgress = false
        for _ in 0..<1200 where !process.hasExited {
            if process.errorSoFar.contains("fitting FSRS parameters") {
                sawProgress = true
                break
            }
            usleep(100_000)
        }
        process.kill(SIGINT)
        let finished = process.finish()
        #expect(sawProgress, "no progress line before the fit ended: \(finished.result.error)")
        #expect(finished.signal == SIGINT || finished.result.status == 130, "\(finished.result)")
        // Every row of every table, read through SQLite (so an answer left in the WAL would count). The file's
        // bytes are not compared: opening a store lets GRDB write and undo a table to set up the WAL, which
        // moves SQLite's header counters on any command, before any fit begins.
        #expect(try Self.contents(of: database) == before)
    }

    static func contents(of database: URL) throws -> [String] {
        let queue = try DatabaseQueue(path: database.path)
        defer { try? queue.close() }
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            var rows = ["user_version \(try Int.fetchOne(db, sql: "PRAGMA user_version") ?? -1)"]
            for table in tables {
                rows += try Row.fetchAll(db, sql: "SELECT * FROM \(table)").map { "\(table) \($0)" }
            }
            return rows
        }
    }

    /// A deck of 6,000 notes (12,000 cards) with eight answers each over months: a fit of a few seconds in a
    /// debug build on an idle machine (with 2,000 notes it ended within the second before the progress line, and
    /// the test failed whenever the machine was quiet). The answers go in by SQL, through one prepared statement,
    /// as the store's own import would write them, to keep the test quick.
    static func makeDeck(at database: URL) throws {
        let store = try DeckStore(fileAt: database)
        let created = Date(timeIntervalSince1970: 1_735_689_600)
        try store.upsertNotes(
            (0..<6000).map {
                NoteDraft(term: "词\($0)", pinyin: "cí", gloss: "word \($0)", kind: .term)
            }, toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: created)
        let queue = try DatabaseQueue(path: database.path)
        try queue.write { db in
            let cards = try Int64.fetchAll(db, sql: "SELECT id FROM card ORDER BY id")
            var state: UInt64 = 2026
            let insert = try db.makeStatement(
                sql: """
                    INSERT INTO review_log (card_id, reviewed_at, rating, duration_ms, state_before, state_after,
                                            scheduled_seconds, previous_due, previous_reps, previous_lapses)
                    VALUES (?, ?, ?, 8000, 2, 2, ?, ?, 0, 0)
                    """)
            for card in cards {
                var time = created.addingTimeInterval(Double(card % 200) * 86_400)
                var interval = 1.0
                for _ in 0..<8 {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    let rating = state >> 60 < 2 ? 1 : state >> 60 < 4 ? 2 : state >> 60 < 14 ? 3 : 4
                    try insert.execute(arguments: [card, time, rating, Int(interval * 86_400), time])
                    interval = rating == 1 ? 1 : interval * (rating == 2 ? 1.5 : rating == 3 ? 2.5 : 3.5)
                    time = time.addingTimeInterval(interval * 86_400 + Double(state >> 50 % 3600))
                }
            }
        }
        try queue.close()
    }
}
