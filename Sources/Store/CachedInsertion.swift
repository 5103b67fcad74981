import GRDB

/// A record that imports write by the thousand, inserted through one cached statement: an import of 50,000 notes
/// spent a tenth of its time in the persistence container and savepoint of GRDB's `inserted(_:)`, and a twentieth
/// in building `StatementArguments` (an array of existentials) and binding from it, so the values are bound
/// straight through SQLite. The same columns and values as the record's `encode(to:)`, less the id, which SQLite
/// assigns.
protocol CachedInsertion: MutablePersistableRecord {
    var id: Int64? { get set }
    /// The record's columns but the id, in the order of `insertedValues`.
    static var insertedColumns: [String] { get }
    /// `INSERT INTO table (insertedColumns) VALUES (?, …)`, made once by `makeInsertSQL()`.
    static var insertSQL: String { get }
    /// Binds the values of `insertedColumns` from parameter 1 on, dates as `DatabaseDateText`.
    func bindInsertedValues(_ bindings: StatementBindings)
}

extension CachedInsertion {
    static func makeInsertSQL() -> String {
        let placeholders = Array(repeating: "?", count: insertedColumns.count).joined(separator: ", ")
        return "INSERT INTO \(databaseTableName) (\(insertedColumns.joined(separator: ", "))) VALUES (\(placeholders))"
    }

    /// The record inserted, with its new id.
    func insertedByStatement(_ db: Database) throws -> Self {
        let bindings = StatementBindings(try db.cachedStatement(sql: Self.insertSQL), in: db)
        bindInsertedValues(bindings)
        try bindings.execute()
        var record = self
        record.id = db.lastInsertedRowID
        return record
    }
}
