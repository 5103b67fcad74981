import Foundation
import GRDB
import Testing

/// The kinds of database file a store command must refuse, by the file's path, leaving it byte for byte as it was.
public enum BadDatabase: String, CaseIterable, Sendable, CustomTestStringConvertible {
    case notSQLite, otherProgram, newerTifa, truncated, damagedPages, folder

    public var testDescription: String { rawValue }

    /// What the error must say about it.
    public var words: String {
        switch self {
        case .notSQLite: "is not a SQLite database"
        case .otherProgram: "of another program"
        case .newerTifa: "newer Tifa"
        case .truncated, .damagedPages: "is damaged"
        case .folder: "is a folder"
        }
    }

    /// Makes the bad database at `path`, from `good` (a real Tifa database with a deck of notes) where it
    /// needs one.
    public func make(at path: String, from good: String) throws {
        switch self {
        case .notSQLite:
            try Data(BadBytes.png).write(to: URL(fileURLWithPath: path))
        case .otherProgram:
            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Li')")
            }
        case .newerTifa:
            try FileManager.default.copyItem(atPath: good, toPath: path)
            try DatabaseQueue(path: path).write { db in
                try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('v99 a migration of a later Tifa')")
                let version = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
                try db.execute(sql: "PRAGMA user_version = \(version + 1)")
            }
        case .truncated:
            let bytes = try Data(contentsOf: URL(fileURLWithPath: good))
            try bytes.prefix(bytes.count / 3).write(to: URL(fileURLWithPath: path))
        case .damagedPages:
            // Every page but the first (the header) overwritten with noise: what a disk fault leaves.
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: good)))
            let noise = BadBytes.random(count: bytes.count, seed: 4)
            for index in 4096..<bytes.count where index % 7 == 0 { bytes[index] = noise[index] }
            try Data(bytes).write(to: URL(fileURLWithPath: path))
        case .folder:
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
    }
}
