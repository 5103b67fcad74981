import Foundation
import GRDB
import GRDBSQLite

/// The columns of the row a statement stands on, read straight from SQLite: for the statistics' passes over a
/// hundred thousand cards, where GRDB's generic decoding of each value cost more than SQLite's reading of the row.
/// Dates in the stored form are read from their text's bytes; any other form as GRDB reads dates.
struct StatementColumns {
    let statement: SQLiteStatement

    init(_ statement: Statement) {
        self.statement = statement.sqliteStatement
    }

    func isNull(_ index: Int32) -> Bool { sqlite3_column_type(statement, index) == SQLITE_NULL }
    func int64(_ index: Int32) -> Int64 { sqlite3_column_int64(statement, index) }
    func int(_ index: Int32) -> Int { Int(sqlite3_column_int64(statement, index)) }
    func double(_ index: Int32) -> Double? { isNull(index) ? nil : sqlite3_column_double(statement, index) }
    func intOrNil(_ index: Int32) -> Int? { isNull(index) ? nil : int(index) }

    func text(_ index: Int32) -> String {
        guard let bytes = sqlite3_column_text(statement, index) else { return "" }
        return String(
            decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, index))),
            as: UTF8.self)
    }

    /// The case of a string enum whose raw value the text column holds, matched on the bytes without making a
    /// string; nil when none matches.
    func value<Value>(_ cases: TextCases<Value>, _ index: Int32) -> Value? {
        guard let text = sqlite3_column_text(statement, index) else { return nil }
        return cases.match(UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(statement, index))))
    }

    /// Milliseconds since 1970 of a date column; nil for NULL or what is not a date.
    func milliseconds(_ index: Int32) -> Int64? {
        switch sqlite3_column_type(statement, index) {
        case SQLITE_NULL:
            return nil
        case SQLITE_TEXT:
            if let bytes = sqlite3_column_text(statement, index),
                let value = DatabaseDateText.milliseconds(UnsafeRawBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(statement, index))))
            {
                return value
            }
            fallthrough
        default:
            guard let date = Date.fromDatabaseValue(DatabaseValue(sqliteStatement: statement, index: index)) else { return nil }
            return Int64((date.timeIntervalSince1970 * 1000).rounded())
        }
    }

    func date(_ index: Int32) -> Date? {
        milliseconds(index).map { Date(timeIntervalSince1970: Double($0) / 1000) }
    }
}

/// The raw values of a string enum's cases as bytes, made once for a pass over many rows.
struct TextCases<Value> {
    private let cases: [(bytes: [UInt8], value: Value)]

    init(_ type: Value.Type) where Value: RawRepresentable & CaseIterable, Value.RawValue == String {
        cases = Value.allCases.map { (Array($0.rawValue.utf8), $0) }
    }

    func match(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        cases.first { $0.bytes.elementsEqual(bytes) }?.value
    }
}
