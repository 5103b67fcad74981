import Store

/// One row of a table of an Anki collection, its columns named once, in the table's order: the exporter writes
/// every column from it, the importer reads the columns it needs into it.
protocol AnkiTableRow {
    associatedtype Column: CaseIterable, Hashable, RawRepresentable<String>
    static var tableName: String { get }
    /// The row's value for a column, as the exporter writes it.
    func value(_ column: Column) -> SQLiteFile.Value
    /// The row as read, from the columns that were selected; the others are zero or empty.
    init(_ values: AnkiRowValues<Column>)
}

extension AnkiTableRow {
    /// The rows as a table to write: every column, in the table's order.
    static func table(_ rows: [Self]) -> SQLiteFile.Table {
        let columns = Array(Column.allCases)
        return SQLiteFile.Table(
            name: tableName, columns: columns.map(\.rawValue),
            rows: rows.map { row in columns.map(row.value) })
    }

    /// The query that reads `columns` of every row, then `rest` (an `ORDER BY`, say).
    static func select(_ columns: [Column], _ rest: String = "") -> String {
        "SELECT \(columns.map(\.rawValue).joined(separator: ", ")) FROM \(tableName)" + (rest.isEmpty ? "" : " " + rest)
    }

    /// The rows a `select(columns)` returned.
    static func rows(_ columns: [Column], _ results: [[SQLiteFile.Value]]) -> [Self] {
        values(columns, results).map(Self.init)
    }

    /// The values a `select(columns)` returned, by column.
    static func values(_ columns: [Column], _ results: [[SQLiteFile.Value]]) -> [AnkiRowValues<Column>] {
        let positions = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($0.element, $0.offset) })
        return results.map { AnkiRowValues(values: $0, positions: positions) }
    }
}

/// A row read from an Anki collection, by column. Anki's columns are `NOT NULL`, and a value of another type or
/// one not selected reads as zero or empty, as the importer has always taken them: a note or card with an odd value
/// is still imported, and what is wrong with it shows in the report.
struct AnkiRowValues<Column: Hashable> {
    let values: [SQLiteFile.Value]
    /// Where each selected column stands in `values`.
    let positions: [Column: Int]

    subscript(column: Column) -> SQLiteFile.Value {
        guard let position = positions[column], position < values.count else { return .null }
        return values[position]
    }

    func integer(_ column: Column) -> Int64 { self[column].integer ?? 0 }

    func int(_ column: Column) -> Int { Int(clamping: integer(column)) }

    func text(_ column: Column) -> String { self[column].text ?? "" }
}
