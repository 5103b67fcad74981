import GRDB
import Testing

@testable import Store

/// The import's review rows are bound straight through SQLite: values arrive as GRDB would write them, a statement
/// runs again and again, and a failed step is an error naming SQLite's reason, not a silent skip.
@Suite("Binding a statement's parameters through SQLite")
struct StatementBindingsTests {
    @Test("integers, optional numbers and text arrive as written; a NULL for a NOT NULL column is an error")
    func bindsAndReports() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (a INTEGER NOT NULL, b REAL, c TEXT, d INTEGER)")
            let statement = try db.makeStatement(sql: "INSERT INTO t (a, b, c, d) VALUES (?, ?, ?, ?)")
            let insert = StatementBindings(statement, in: db)
            for (a, b, c, d) in [(1, 2.5 as Double?, "同舟共济" as String?, 7 as Int?), (2, nil, nil, nil)] {
                insert.bind(a, at: 1)
                insert.bind(b, at: 2)
                insert.bind(c, at: 3)
                insert.bind(d, at: 4)
                try insert.execute()
            }
            let rows = try Row.fetchAll(db, sql: "SELECT a, b, c, d FROM t ORDER BY a")
            #expect(rows == [["a": 1, "b": 2.5, "c": "同舟共济", "d": 7], ["a": 2, "b": nil, "c": nil, "d": nil]])
            insert.bind(nil as Int?, at: 1)
            let error = try #require(throws: DatabaseError.self) { try insert.execute() }
            #expect(error.resultCode == .SQLITE_CONSTRAINT)
            #expect(error.message?.contains("NOT NULL") == true)
        }
    }
}
