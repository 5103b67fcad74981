import Foundation
import GRDB

/// A plain SQLite file in another program's format (an Anki collection), written in one go.
///
/// The caller brings the schema and the rows; this type only knows SQLite. It lives here because the store is the
/// one target that uses GRDB: an exporter describes the file it wants and never touches a connection.
public enum SQLiteFile {
    /// A value of one column of one row.
    public enum Value: Equatable, Sendable {
        case integer(Int64)
        case real(Double)
        case text(String)
        case blob(Data)
        case null
    }

    /// Rows to insert into one table, in order.
    public struct Table: Equatable, Sendable {
        public var name: String
        public var columns: [String]
        public var rows: [[Value]]

        public init(name: String, columns: [String], rows: [[Value]]) {
            self.name = name
            self.columns = columns
            self.rows = rows
        }
    }

    /// Creates a new database file at `url` (which must not exist yet): runs `schema`, then inserts the tables' rows,
    /// all in ONE transaction. The file is in SQLite's rollback-journal mode, so it is one self-contained file.
    ///
    /// - Throws: `Failure` when the file exists already or cannot be written.
    public static func create(at url: URL, schema: String, tables: [Table]) throws(Failure) {
        if FileManager.default.fileExists(atPath: url.path) {
            throw Failure(path: url.path, reason: "it exists already")
        }
        do {
            let queue = try DatabaseQueue(path: url.path)
            try queue.write { db in
                try db.execute(sql: schema)
                for table in tables {
                    let names = table.columns.map { "\"\($0)\"" }.joined(separator: ", ")
                    let marks = Array(repeating: "?", count: table.columns.count).joined(separator: ", ")
                    let statement = try db.makeStatement(sql: "INSERT INTO \"\(table.name)\" (\(names)) VALUES (\(marks))")
                    for row in table.rows {
                        try statement.execute(arguments: StatementArguments(row.map(\.databaseValue)))
                    }
                }
            }
            try queue.close()
        } catch {
            throw Failure(path: url.path, reason: DatabaseFile.reason(of: error))
        }
    }

    /// Why `create` could not write the file, or `rows` read it: its path and SQLite's or the system's words for
    /// the cause. The exporter or importer that asked words it for the user.
    public struct Failure: Error, Equatable, Sendable {
        public var path: String
        public var reason: String
    }

    /// The rows a query returns from an existing file, opened read-only: for reading another program's file (an
    /// Anki collection) and for checks of written files.
    public static func rows(in url: URL, sql: String) throws(Failure) -> [[Value]] {
        var configuration = Configuration()
        configuration.readonly = true
        do {
            let queue = try DatabaseQueue(path: url.path, configuration: configuration)
            defer { try? queue.close() }
            return try queue.read { db in
                try Row.fetchAll(db, sql: sql).map { row in row.databaseValues.map(Value.init) }
            }
        } catch {
            throw Failure(path: url.path, reason: DatabaseFile.reason(of: error))
        }
    }
}

extension SQLiteFile.Value {
    /// The value as an integer: an integer, a real rounded down, a text that is a number; nil otherwise.
    public var integer: Int64? {
        switch self {
        case let .integer(value): value
        case let .real(value): value.isFinite ? Int64(value.rounded(.down)) : nil
        case let .text(value): Int64(value)
        case .blob, .null: nil
        }
    }

    /// The value as text (a blob as UTF-8, a number in decimals); nil for null.
    public var text: String? {
        switch self {
        case let .integer(value): String(value)
        case let .real(value): String(value)
        case let .text(value): value
        case let .blob(value): String(decoding: value, as: UTF8.self)
        case .null: nil
        }
    }

    /// The value as bytes: a blob, or a text's UTF-8.
    public var bytes: Data {
        switch self {
        case let .blob(value): value
        case let .text(value): Data(value.utf8)
        default: Data()
        }
    }

    var databaseValue: DatabaseValue {
        switch self {
        case let .integer(value): value.databaseValue
        case let .real(value): value.databaseValue
        case let .text(value): value.databaseValue
        case let .blob(value): value.databaseValue
        case .null: .null
        }
    }

    init(_ value: DatabaseValue) {
        switch value.storage {
        case let .int64(number): self = .integer(number)
        case let .double(number): self = .real(number)
        case let .string(text): self = .text(text)
        case let .blob(data): self = .blob(data)
        case .null: self = .null
        }
    }
}
