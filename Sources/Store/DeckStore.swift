import Foundation
import GRDB

/// Tifa's deck store: one SQLite file with the decks, their notes, example sentences and cards, the review log
/// and the known words.
///
/// Opening it runs the schema's migrations; each write method is one transaction, so a failure leaves the
/// database as it was. The file is in WAL mode with a busy timeout, so two `tifa` processes can use it at once.
/// Nothing here reads the clock: methods that need the time take `now`.
public struct DeckStore: Sendable {
    /// How long a write waits for another process's write to finish before giving up.
    static let busyTimeout: TimeInterval = 5

    let dbWriter: any DatabaseWriter

    /// The database file's path.
    public var path: String { dbWriter.path }

    /// Opens the database file at `url`, creating it and its folder if needed, and brings its schema up to date
    /// (after copying an older file to `<file>.backup-<version>`).
    ///
    /// - Throws: `StoreError` when the file is not a SQLite database or not Tifa's, was written by a newer Tifa,
    ///   or cannot be created or written; the file is left untouched in each case.
    public init(fileAt url: URL) throws {
        let hasContent = try DatabaseFile.prepare(url)
        do {
            if hasContent {
                // Opening a pool writes (GRDB makes sure a WAL file exists), so a file that must be refused is
                // first read through a read-only connection.
                var configuration = Configuration()
                configuration.readonly = true
                configuration.busyMode = .timeout(Self.busyTimeout)
                let reader = try DatabaseQueue(path: url.path, configuration: configuration)
                _ = try SchemaUpgrade.inspect(reader, migrator: Schema.migrator)
                try reader.close()
            }
            try self.init(Self.openPool(at: url), migrator: Schema.migrator)
        } catch {
            throw DatabaseFile.explain(error, at: url)
        }
    }

    /// Uses an open connection; tests pass a migrator with extra migrations to act as a newer Tifa.
    init(_ dbWriter: any DatabaseWriter, migrator: DatabaseMigrator) throws {
        self.dbWriter = dbWriter
        try SchemaUpgrade(writer: dbWriter, migrator: migrator).run()
    }

    /// The file's connection pool. Two processes opening a new file at once can find it locked where SQLite calls no
    /// busy handler (the switch to WAL): the opening is tried again, a little later, a few times.
    private static func openPool(at url: URL) throws -> DatabasePool {
        var attempt = 0
        while true {
            do {
                let pool = try DatabasePool(path: url.path, configuration: makeConfiguration())
                // GRDB sets WAL's usual synchronous = NORMAL on the writer; an answer must survive a power cut.
                try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
                return pool
            } catch let error as DatabaseError where error.resultCode == .SQLITE_BUSY && attempt < 20 {
                attempt += 1
                usleep(25_000)
            }
        }
    }

    /// The connection settings every `DeckStore` uses.
    static func makeConfiguration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.prepareDatabase { db in
            db.add(function: SearchText.fold)
        }
        return config
    }

    /// SQLite's `PRAGMA integrity_check` of the file: "ok", or what is wrong with it.
    public func integrityCheck() throws -> String {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// The schema version this Tifa writes (`PRAGMA user_version`).
    static var schemaVersion: Int { Schema.version(of: Schema.migrator) }
}

// Every read and write of the methods goes through these, so that what SQLite reports while the database is
// in use becomes a `StoreError` that says what to do.
extension DeckStore {
    func write<T>(_ updates: (Database) throws -> T) throws -> T {
        do { return try dbWriter.write(updates) } catch let error as DatabaseError { throw explain(error) }
    }

    /// An import's one transaction, with a page cache of 64 MiB while it runs: with SQLite's 2 MiB, the pages
    /// of a 200,000-answer import were written to the WAL and read back again before the commit.
    func writeImport<T>(_ updates: (Database) throws -> T) throws -> T {
        try write { db in
            try db.execute(sql: "PRAGMA cache_size = -65536")
            defer { try? db.execute(sql: "PRAGMA cache_size = -2000") }
            return try updates(db)
        }
    }

    func read<T>(_ value: (Database) throws -> T) throws -> T {
        do { return try dbWriter.read(value) } catch let error as DatabaseError { throw explain(error) }
    }

    private func explain(_ error: DatabaseError) -> any Error {
        if let noRoom = DatabaseFile.noRoomError(error, at: URL(fileURLWithPath: path)) { return noRoom }
        switch error.resultCode {
        case .SQLITE_BUSY, .SQLITE_LOCKED: return StoreError.busy(path)
        case .SQLITE_READONLY: return StoreError.databaseNotWritable(path)
        case .SQLITE_FULL: return StoreError.diskFull(path)
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return StoreError.damaged(path)
        default: return error
        }
    }
}
