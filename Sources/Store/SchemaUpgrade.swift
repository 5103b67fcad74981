import Foundation
import GRDB

/// What opening a database does before anything else: refuse a file that is not Tifa's or was written by a
/// newer Tifa, back up an older file, then run the migrations it lacks and record the schema version.
struct SchemaUpgrade {
    let writer: any DatabaseWriter
    let migrator: DatabaseMigrator

    struct Status {
        var appliedMigrations: Set<String>
        var isComplete: Bool
        var userVersion: Int
    }

    func run() throws {
        let status = try Self.inspect(writer, migrator: migrator)
        let version = Schema.version(of: migrator)
        if status.isComplete && status.userVersion == version { return }
        if !status.isComplete && !status.appliedMigrations.isEmpty {
            try backUp(version: status.userVersion)
        }
        // Another tifa process opening the same new file may run a migration a moment before this one (each runs in
        // its own transaction, so this process then fails on a table that now exists): read again what is applied
        // and go on from there, until every migration is in, by whichever process. Each retry finds at least one more
        // migration done, so there are at most as many as migrations.
        var attempts = 0
        while true {
            do {
                try migrator.migrate(writer)
                break
            } catch {
                attempts += 1
                if try writer.read({ try migrator.hasCompletedMigrations($0) }) { break }
                guard attempts <= migrator.migrations.count else { throw error }
            }
        }
        try writer.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA user_version = \(version)")
        }
    }

    /// Reads what the database holds, refusing a file that is not Tifa's or was written by a newer Tifa.
    /// Only reads, so a refused file is left byte for byte as it was.
    static func inspect(_ reader: any DatabaseReader, migrator: DatabaseMigrator) throws -> Status {
        let path = reader.path
        let version = Schema.version(of: migrator)
        return try reader.read { db in
            let applicationID = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
            let tableCount =
                try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                        """) ?? 0
            let hasMigrations = try db.tableExists("grdb_migrations")
            if applicationID != 0 && applicationID != Schema.applicationID { throw StoreError.notTifaDatabase(path) }
            if tableCount > 0 && !hasMigrations { throw StoreError.notTifaDatabase(path) }
            guard hasMigrations else {
                return Status(appliedMigrations: [], isComplete: false, userVersion: userVersion)
            }
            if try migrator.hasBeenSuperseded(db) || userVersion > version {
                throw StoreError.newerDatabase(path)
            }
            return Status(
                appliedMigrations: try migrator.appliedIdentifiers(db),
                isComplete: try migrator.hasCompletedMigrations(db),
                userVersion: userVersion)
        }
    }

    /// Copies the database, as one consistent snapshot, to `<file>.backup-<version>` (or `-<version>-2`, … when
    /// that exists).
    private func backUp(version: Int) throws {
        let path = writer.path
        guard !path.isEmpty, path != ":memory:", !path.hasPrefix("file:") else { return }
        var target = "\(path).backup-\(version)"
        var attempt = 1
        while FileManager.default.fileExists(atPath: target) {
            attempt += 1
            target = "\(path).backup-\(version)-\(attempt)"
        }
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "VACUUM INTO ?", arguments: [target])
            }
        } catch {
            try? FileManager.default.removeItem(atPath: target)
            throw StoreError.backupFailed(path, reason: DatabaseFile.reason(of: error))
        }
    }
}
