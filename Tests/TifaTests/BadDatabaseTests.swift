import Foundation
import GRDB
import Testing
import TifaTestSupport

#if canImport(Glibc)
import Glibc
#endif

/// Every command that uses the store, handed a database it must not use: one line naming the file and saying
/// what to do, a non-zero exit, and the file byte for byte as it was.
@Suite(.serialized) struct BadDatabaseTests {
    /// Every store command, with ARTICLE and WORDS where a good input file goes.
    static let storeCommands: [[String]] = [
        ["decks"], ["decks", "create", "新"], ["decks", "rename", "外交", "新"], ["decks", "delete", "外交", "--yes"],
        ["decks", "set", "外交", "--retention", "0.8"], ["cards", "list"], ["cards", "search", "同舟"],
        ["cards", "suspend", "1"], ["cards", "delete", "1"], ["cards", "edit", "1", "--gloss", "x"], ["known"],
        ["known", "add", "中国"], ["known", "remove", "中国"], ["known", "import", "WORDS"],
        ["extract", "--deck", "外交", "ARTICLE"], ["extract", "ARTICLE"], ["review", "--deck", "外交"], ["stats"],
        ["export", "--deck", "外交", "-o", "OUT"], ["import", "NOTES", "--deck", "外交"],
    ]

    /// A real Tifa database with the deck 外交 and its notes, made once by the built binary.
    static let goodDatabase: Result<String, any Error> = Result {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-e2e-good-\(getpid())")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        let article = scratch.appendingPathComponent("article.txt")
        try BadInputTests.article.write(to: article, atomically: true, encoding: .utf8)
        let database = scratch.appendingPathComponent("good.sqlite").path
        try? FileManager.default.removeItem(atPath: database)
        let result = try TifaProcess.run(
            ["extract", "--deck", "外交", article.path],
            environment: ["TIFA_DB": database, "TIFA_NOW": "2025-03-01T08:00:00Z"])
        guard result.status == 0 else { throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: result.error]) }
        return database
    }

    /// Each store command once, handed the kinds of bad database in turn (each kind three or four times): every
    /// command opens the store the checked way, and every kind is refused end to end. Every kind against the store
    /// itself, where the refusal is decided: `BadDatabaseFileTests` (StoreTests).
    static let cases: [(BadDatabase, [String])] = storeCommands.enumerated().map { index, command in
        (BadDatabase.allCases[index % BadDatabase.allCases.count], command)
    }

    @Test(arguments: cases)
    func badDatabaseIsRefusedAndLeftAsItWas(bad: BadDatabase, command: [String]) throws {
        let scratch = try TemporaryFolder()
        let database = scratch.path("tifa.sqlite")
        try bad.make(at: database, from: try Self.goodDatabase.get())
        let before = DatabaseSnapshot(database)
        let arguments = try command.map { argument in
            switch argument {
            case "ARTICLE": try scratch.file("article.txt", text: BadInputTests.article)
            case "WORDS": try scratch.file("words.txt", text: "中国\n外交\n")
            case "NOTES": try scratch.file("notes.tsv", text: "同舟共济\tto pull together\n")
            case "OUT": scratch.path("out.tsv")
            default: argument
            }
        }
        let result = try TifaProcess.run(arguments, environment: ["TIFA_DB": database, "TIFA_NOW": "2025-03-01T08:00:00Z"])
        expectCleanFailure(result, naming: "'\(database)'")
        #expect(result.error.contains(bad.words), "\(result.error)")
        #expect(DatabaseSnapshot(database) == before, "\(command) changed the file")
    }

    /// A deck name that does not exist is named, and nothing changes.
    @Test(arguments: [
        ["cards", "list", "--deck", "无此"], ["cards", "search", "同舟", "--deck", "无此"], ["decks", "rename", "无此", "新"],
        ["decks", "delete", "无此"], ["decks", "set", "无此", "--retention", "0.8"], ["cards", "suspend", "同舟共济", "--deck", "无此"],
        ["cards", "delete", "同舟共济", "--deck", "无此"], ["review", "--deck", "无此"], ["stats", "--deck", "无此"],
        ["export", "--deck", "无此"],
    ])
    func missingDeckIsNamed(command: [String]) throws {
        let scratch = try TemporaryFolder()
        let database = scratch.path("tifa.sqlite")
        try FileManager.default.copyItem(atPath: try Self.goodDatabase.get(), toPath: database)
        let before = try DatabaseContents(database)
        let result = try TifaProcess.run(command, environment: ["TIFA_DB": database])
        expectCleanFailure(result, naming: "'无此'")
        #expect(result.error.contains("tifa decks"), "points to the list of decks: \(result.error)")
        #expect(try DatabaseContents(database) == before)
    }

    /// A read-only folder (a read-only file system, since root may write anywhere else): every command says so
    /// and the file is untouched. Needs root to mount one; skipped elsewhere.
    @Test(.enabled(if: ReadOnlyMount.isPossible), arguments: storeCommands)
    func readOnlyFolderIsNamed(command: [String]) throws {
        let scratch = try TemporaryFolder()
        let mount = try ReadOnlyMount(at: scratch.path("ro"), containing: ["tifa.sqlite": try Self.goodDatabase.get()])
        defer { mount.remove() }
        let database = scratch.path("ro/tifa.sqlite")
        let before = DatabaseSnapshot(database)
        let arguments = try command.map { argument in
            switch argument {
            case "ARTICLE": try scratch.file("article.txt", text: BadInputTests.article)
            case "WORDS": try scratch.file("words.txt", text: "中国\n外交\n")
            case "NOTES": try scratch.file("notes.tsv", text: "同舟共济\tto pull together\n")
            case "OUT": scratch.path("out.tsv")
            default: argument
            }
        }
        let result = try TifaProcess.run(arguments, environment: ["TIFA_DB": database])
        expectCleanFailure(result, naming: scratch.path("ro"))
        #expect(result.error.contains("read-only"))
        #expect(DatabaseSnapshot(database) == before)
        // A new database there is refused the same way, and so is an export written there.
        let fresh = try TifaProcess.run(["decks"], environment: ["TIFA_DB": scratch.path("ro/new.sqlite")])
        expectCleanFailure(fresh, naming: scratch.path("ro"))
        if command == ["decks"] {
            try FileManager.default.copyItem(atPath: try Self.goodDatabase.get(), toPath: scratch.path("tifa.sqlite"))
            let export = try TifaProcess.run(
                ["export", "--deck", "外交", "-o", scratch.path("ro/deck.tsv")],
                environment: ["TIFA_DB": scratch.path("tifa.sqlite")])
            expectCleanFailure(export, naming: scratch.path("ro/deck.tsv"))
        }
    }
}

/// A small tmpfs with some files copied in, read-only unless `writable`: a read-only folder even for root, or a
/// full disk. Needs root (to mount); the tests that use one are skipped elsewhere.
struct ReadOnlyMount {
    let path: String

    static let isPossible: Bool = {
        guard getuid() == 0 else { return false }
        let probe = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-mount-probe-\(getpid())").path
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: probe) }
        guard Shell.run("mount -t tmpfs -o size=1m tmpfs '\(probe)'") == 0 else { return false }
        return Shell.run("umount '\(probe)'") == 0
    }()

    init(at path: String, containing files: [String: String], size: String = "8m", writable: Bool = false) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        guard Shell.run("mount -t tmpfs -o size=\(size) tmpfs '\(path)'") == 0 else { throw CocoaError(.fileWriteNoPermission) }
        for (name, source) in files { try FileManager.default.copyItem(atPath: source, toPath: "\(path)/\(name)") }
        guard writable || Shell.run("mount -o remount,ro '\(path)'") == 0 else {
            remove()
            throw CocoaError(.fileWriteNoPermission)
        }
    }

    /// Gives the file system `size` of room (e.g. "64m"), as freeing space on a full disk would.
    func resize(to size: String) -> Bool { Shell.run("mount -o remount,size=\(size) '\(path)'") == 0 }

    func remove() {
        _ = Shell.run("umount '\(path)'")
    }
}

enum Shell {
    /// Runs a shell command line quietly and returns its exit status.
    static func run(_ command: String) -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return -1 }
        process.waitUntilExit()
        return process.terminationStatus
    }
}
