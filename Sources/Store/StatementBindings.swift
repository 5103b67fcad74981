import GRDB
import GRDBSQLite

/// A prepared statement's parameters bound straight through SQLite, then run: for the import's hundreds of
/// thousands of review rows, where building GRDB's `StatementArguments` (an array of existentials) and binding from it
/// cost more than SQLite's insert. Parameters are numbered from 1, as SQLite numbers them.
struct StatementBindings {
    private let statement: SQLiteStatement
    private let connection: SQLiteConnection?

    init(_ statement: Statement, in db: Database) {
        self.statement = statement.sqliteStatement
        connection = db.sqliteConnection
    }

    func bind(_ value: Int64, at index: Int32) { sqlite3_bind_int64(statement, index, value) }

    func bind(_ value: Int, at index: Int32) { sqlite3_bind_int64(statement, index, Int64(value)) }

    func bind(_ value: Int?, at index: Int32) {
        if let value { sqlite3_bind_int64(statement, index, Int64(value)) } else { sqlite3_bind_null(statement, index) }
    }

    func bind(_ value: Double?, at index: Int32) {
        if let value { sqlite3_bind_double(statement, index, value) } else { sqlite3_bind_null(statement, index) }
    }

    func bind(_ value: String?, at index: Int32) {
        guard let value else {
            sqlite3_bind_null(statement, index)
            return
        }
        // SQLite copies the text (SQLITE_TRANSIENT), so the buffer may go when the call returns.
        var text = value
        text.withUTF8 { bytes in
            _ = bytes.withMemoryRebound(to: CChar.self) { characters in
                sqlite3_bind_text(statement, index, characters.baseAddress, Int32(characters.count), Self.transient)
            }
        }
    }

    /// Runs the statement once with what is bound, then makes it ready for the next row.
    func execute() throws {
        let code = sqlite3_step(statement)
        sqlite3_reset(statement)
        guard code == SQLITE_DONE else {
            let message = connection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message)
        }
    }

    /// SQLite's SQLITE_TRANSIENT, which the C macro casts from -1 and Swift does not import.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
