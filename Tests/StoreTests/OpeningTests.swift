import Foundation
import GRDB
import Testing
import TifaTestSupport

@testable import Store

@Suite("Opening the database")
struct OpeningTests {
    @Test("migrations run on an empty file and make every table, in WAL mode with foreign keys on")
    func migratesFromEmpty() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let tables = try store.dbWriter.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
        for table in ["deck", "note", "example", "card", "review_log", "known_word", "grdb_migrations"] {
            #expect(tables.contains(table))
        }
        #expect(try store.fetchInt("PRAGMA user_version") == DeckStore.schemaVersion)
        #expect(try store.fetchInt("PRAGMA application_id") == Int(Schema.applicationID))
        #expect(try store.fetchInt("PRAGMA foreign_keys") == 1)
        #expect(try store.dbWriter.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") } == 2)
        let journal = try store.dbWriter.read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(journal == "wal")
        #expect(try store.dbWriter.read { db in try Schema.migrator.hasCompletedMigrations(db) })
    }

    @Test("opening twice keeps the data and writes no backup")
    func reopens() throws {
        let folder = try TemporaryFolder()
        try folder.openStore().createDeck(named: "外交", now: date("2025-01-01T00:00:00Z"))
        let again = try folder.openStore()
        #expect(try again.decks().map(\.name) == ["外交"])
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(!files.contains { $0.contains(".backup-") })
    }

    @Test("the folder is created, however deep")
    func createsFolder() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("a/b/c/tifa.sqlite")
        _ = try DeckStore(fileAt: url)
        #expect(FileManager.default.fileExists(atPath: url.path))
    }

    @Test("an explicit path beats TIFA_DB, which beats XDG_DATA_HOME, which beats ~/.local/share")
    func resolvesLocation() {
        let home = URL(fileURLWithPath: "/home/learner")
        let environment = ["TIFA_DB": "/data/tifa.db", "XDG_DATA_HOME": "/xdg"]
        #expect(
            DatabaseLocation.resolve(explicitPath: "/tmp/x.sqlite", environment: environment, homeDirectory: home)
                .path == "/tmp/x.sqlite")
        #expect(
            DatabaseLocation.resolve(explicitPath: nil, environment: environment, homeDirectory: home)
                .path == "/data/tifa.db")
        #expect(
            DatabaseLocation.resolve(explicitPath: nil, environment: ["XDG_DATA_HOME": "/xdg"], homeDirectory: home)
                .path == "/xdg/tifa/tifa.sqlite")
        #expect(
            DatabaseLocation.resolve(
                explicitPath: nil, environment: ["XDG_DATA_HOME": "relative"],
                homeDirectory: home
            ).path == "/home/learner/.local/share/tifa/tifa.sqlite")
        #expect(
            DatabaseLocation.resolve(explicitPath: nil, environment: [:], homeDirectory: home)
                .path == "/home/learner/.local/share/tifa/tifa.sqlite")
    }

    @Test("a database with a migration this Tifa does not know is refused, untouched")
    func refusesUnknownMigration() throws {
        let folder = try TemporaryFolder()
        do {
            // Closed at the end of this scope, so that the whole database is in the main file.
            let store = try folder.openStore()
            try store.execute("INSERT INTO grdb_migrations (identifier) VALUES ('v99 from the future')")
        }
        let before = try Data(contentsOf: folder.databaseURL)
        #expect(throws: StoreError.newerDatabase(folder.databaseURL.path)) { try folder.openStore() }
        let after = try Data(contentsOf: folder.databaseURL)
        #expect(after == before)
        #expect(
            StoreError.newerDatabase("/x/tifa.sqlite").localizedDescription
                == "'/x/tifa.sqlite' was written by a newer Tifa; upgrade Tifa (your data is untouched)")
    }

    @Test("a database whose schema version is higher than this Tifa's is refused")
    func refusesHigherVersion() throws {
        let folder = try TemporaryFolder()
        try folder.openStore().execute("PRAGMA user_version = \(DeckStore.schemaVersion + 1)")
        #expect(throws: StoreError.newerDatabase(folder.databaseURL.path)) { try folder.openStore() }
    }

    @Test("an older database is copied to tifa.sqlite.backup-<version> before its migration runs")
    func backsUpBeforeMigrating() throws {
        let folder = try TemporaryFolder()
        try folder.openStore().createDeck(named: "外交", now: date("2025-01-01T00:00:00Z"))
        // A newer Tifa: the shipped migrations and one more.
        var newer = Schema.migrator
        newer.registerMigration("v2 test column") { db in
            try db.alter(table: "deck") { t in t.add(column: "colour", .text) }
        }
        let pool = try DatabasePool(path: folder.databaseURL.path, configuration: DeckStore.makeConfiguration())
        let store = try DeckStore(pool, migrator: newer)
        #expect(try store.fetchInt("PRAGMA user_version") == DeckStore.schemaVersion + 1)

        let backup = folder.url.appendingPathComponent("tifa.sqlite.backup-\(DeckStore.schemaVersion)")
        #expect(FileManager.default.fileExists(atPath: backup.path))
        let old = try DatabaseQueue(path: backup.path)
        let names = try old.read { db in try String.fetchAll(db, sql: "SELECT name FROM deck") }
        let columns = try old.read { db in try db.columns(in: "deck").map(\.name) }
        let version = try old.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") }
        #expect(names == ["外交"])
        #expect(!columns.contains("colour"))
        #expect(version == DeckStore.schemaVersion)
    }

    @Test("a file that is not SQLite is refused by name and left as it was")
    func refusesNonSQLite() throws {
        let folder = try TemporaryFolder()
        let text = Data("各国要同舟共济。\n".utf8)
        try text.write(to: folder.databaseURL)
        #expect(throws: StoreError.notADatabase(folder.databaseURL.path)) { try folder.openStore() }
        #expect(try Data(contentsOf: folder.databaseURL) == text)
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.url.path)
        #expect(files == ["tifa.sqlite"])
    }

    @Test("a SQLite file from header alone but damaged inside gets a clear error")
    func refusesDamagedFile() throws {
        let folder = try TemporaryFolder()
        var bytes = Data("SQLite format 3\u{0}".utf8)
        bytes.append(Data(repeating: 0xAB, count: 4096))
        try bytes.write(to: folder.databaseURL)
        #expect(throws: StoreError.self) { try folder.openStore() }
        #expect(try Data(contentsOf: folder.databaseURL) == bytes)
    }

    @Test("another program's SQLite database is refused, untouched")
    func refusesForeignDatabase() throws {
        let folder = try TemporaryFolder()
        let other = try DatabaseQueue(path: folder.databaseURL.path)
        try other.write { db in try db.execute(sql: "CREATE TABLE bookmarks (url TEXT)") }
        try other.close()
        #expect(throws: StoreError.notTifaDatabase(folder.databaseURL.path)) { try folder.openStore() }
    }

    @Test("a database in a read-only folder gets an error naming the folder")
    func refusesReadOnlyFolder() throws {
        // Root ignores permission bits, so run as root the test uses a file system that refuses new files.
        let readOnly: URL
        let folder = try TemporaryFolder()
        if getuid() == 0 {
            readOnly = URL(fileURLWithPath: "/proc/self")
        } else {
            readOnly = folder.url.appendingPathComponent("locked")
            try FileManager.default.createDirectory(at: readOnly, withIntermediateDirectories: true)
            try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: readOnly.path)
        }
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: readOnly.path) }
        #expect(!DatabaseFile.canCreateFile(in: readOnly))
        #expect(throws: StoreError.folderNotWritable(readOnly.path)) {
            try DeckStore(fileAt: readOnly.appendingPathComponent("tifa.sqlite"))
        }
    }

    @Test("a folder that cannot be created gets an error naming it")
    func refusesUncreatableFolder() throws {
        let folder = try TemporaryFolder()
        let blocker = folder.file("blocker")
        try Data("x".utf8).write(to: blocker)
        #expect(throws: StoreError.self) {
            try DeckStore(fileAt: blocker.appendingPathComponent("sub/tifa.sqlite"))
        }
    }
}
