import Foundation
import GRDB
import Testing
import TifaTestSupport

/// The marks of a crash rather than an error a person reads.
let crashMarks = ["Fatal error", "Backtrac", "Program crashed", "Segmentation fault", "Illegal instruction", "Stack dump", "*** "]

/// A failure as STYLE.md wants it: a non-zero exit, one line on standard error that starts with `tifa:`, names
/// the thing and says what to do (after a semicolon), no stack trace.
/// `advice` is what shows the way out when it is not after a semicolon (a line error saying what a field must be).
func expectCleanFailure(
    _ result: TifaProcess.Result, naming thing: String, advice: String = ";",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(result.status != 0, "exit status 0 for \(thing)", sourceLocation: sourceLocation)
    #expect(result.status < 128, "killed by signal \(result.status - 128)", sourceLocation: sourceLocation)
    let lines = result.error.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
    // A first run may announce that it builds the lexicon index before the error.
    let messages = lines.filter { !$0.hasPrefix("Building the lexicon index") }
    #expect(messages.count == 1, "expected one line, got: \(result.error)", sourceLocation: sourceLocation)
    let message = messages.first.map(String.init) ?? ""
    #expect(message.hasPrefix("tifa: "), "\(message)", sourceLocation: sourceLocation)
    #expect(message.contains(thing), "the message does not name \(thing): \(message)", sourceLocation: sourceLocation)
    #expect(message.contains(advice), "the message does not say what to do: \(message)", sourceLocation: sourceLocation)
    for mark in crashMarks {
        #expect(!result.error.contains(mark), "crash mark '\(mark)' in: \(result.error)", sourceLocation: sourceLocation)
    }
}

/// Every row of every table of a database, in order: what it holds, whatever SQLite did to its pages. Opening a
/// database writes (GRDB creates and drops a table to make sure the write-ahead log exists), so a command that
/// opened the store and then failed is checked on this, and one that must fail before opening on the bytes.
struct DatabaseContents: Equatable, CustomStringConvertible {
    var rows: [String]

    init(_ path: String) throws {
        rows = try DatabaseQueue(path: path).read { db in
            let tables = try Row.fetchAll(db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return try tables.flatMap { row in
                let table: String = row["name"]
                let sql: String = row["sql"] ?? ""
                // A table without rowid (`answer_hour`) is read in its primary key's order.
                let order =
                    sql.uppercased().contains("WITHOUT ROWID")
                    ? try db.primaryKey(table).columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ") : "rowid"
                return try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY \(order)")
                    .map { "\(table) \($0)" }
            }
        }
    }

    var description: String { "\(rows.count) rows" }
}

/// Tifa's database read directly, for what the commands do not print.
enum DatabaseInspection {
    static func count(_ table: String, in path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    static func integrity(of path: String) throws -> String {
        try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// Notes by term in one deck, each with how many cards it has: what "nothing lost or doubled" is checked on.
    static func notes(in path: String) throws -> [String: Int] {
        try DatabaseQueue(path: path).read { db in
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT deck.name || '/' || note.term AS key, COUNT(card.id) AS cards
                    FROM note JOIN deck ON deck.id = note.deck_id LEFT JOIN card ON card.note_id = note.id
                    GROUP BY note.id
                    """)
            return Dictionary(rows.map { ($0["key"] as String, $0["cards"] as Int) }, uniquingKeysWith: +)
        }
    }
}
