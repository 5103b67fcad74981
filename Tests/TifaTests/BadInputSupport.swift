import Foundation
import GRDB
import Testing

/// A folder of its own for one end-to-end test, removed when the test lets go of it.
final class Scratch: @unchecked Sendable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-e2e-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Writes `bytes` to a file of this folder and returns its path.
    @discardableResult
    func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: url.appendingPathComponent(name))
        return path(name)
    }

    @discardableResult
    func file(_ name: String, text: String) throws -> String { try file(name, Array(text.utf8)) }
}

/// The kinds of bad input a user can hand any command that reads a file, each made fresh in a scratch folder.
enum BadFile: String, CaseIterable, CustomTestStringConvertible {
    case missing, folder, empty, whiteSpace, png, randomBytes, utf16WithoutMark, nulInText

    var testDescription: String { rawValue }

    /// The file's path (created in `scratch`, except `missing`).
    func make(in scratch: Scratch) throws -> String {
        switch self {
        case .missing: return scratch.path("no-such-article.txt")
        case .folder:
            try FileManager.default.createDirectory(atPath: scratch.path("a-folder"), withIntermediateDirectories: true)
            return scratch.path("a-folder")
        case .empty: return try scratch.file("empty.txt", [])
        case .whiteSpace: return try scratch.file("blank.txt", text: " \n\t\n　\r\n")
        case .png: return try scratch.file("picture.png", BadBytes.png)
        case .randomBytes: return try scratch.file("random.bin", BadBytes.random(count: 65_536, seed: 9))
        case .utf16WithoutMark:
            return try scratch.file("utf16.txt", "人类命运共同体，同舟共济。\n行百里者半九十。\n".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        case .nulInText: return try scratch.file("nul.txt", Array("同舟共济\u{0}人类命运共同体\n".utf8))
        }
    }
}

enum BadBytes {
    /// The start of a real PNG file: signature, IHDR and the beginning of IDAT.
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
                               0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0xF3, 0xFF,
                               0x61, 0x00, 0x00, 0x00, 0x2A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x60, 0x18, 0x05, 0xA3]
        + random(count: 4_000, seed: 1)

    /// Bytes like /dev/urandom's, but the same on every run (SplitMix64).
    static func random(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        return (0..<count).map { _ in
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return UInt8(truncatingIfNeeded: z ^ (z >> 31))
        }
    }
}

/// The marks of a crash rather than an error a person reads.
let crashMarks = ["Fatal error", "Backtrac", "Program crashed", "Segmentation fault", "Illegal instruction", "Stack dump", "*** "]

/// A failure as STYLE.md wants it: a non-zero exit, one line on standard error that starts with `tifa:`, names
/// the thing and says what to do (after a semicolon), no stack trace.
/// `advice` is what shows the way out when it is not after a semicolon (a line error saying what a field must be).
func expectCleanFailure(_ result: TifaProcess.Result, naming thing: String, advice: String = ";",
                        sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(result.status != 0, "exit status 0 for \(thing)", sourceLocation: sourceLocation)
    #expect(result.status < 128, "killed by signal \(result.status - 128)", sourceLocation: sourceLocation)
    let lines = result.error.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.isEmpty }
    // A first run may announce that it builds the lexicon index before the error.
    let messages = lines.filter { !$0.hasPrefix("Building the lexicon index") }
    #expect(messages.count == 1, "expected one line, got: \(result.error)", sourceLocation: sourceLocation)
    let message = messages.first.map(String.init) ?? ""
    #expect(message.hasPrefix("tifa: "), "\(message)", sourceLocation: sourceLocation)
    #expect(message.contains(thing), "the message does not name \(thing): \(message)", sourceLocation: sourceLocation)
    #expect(message.contains(advice), "the message does not say what to do: \(message)", sourceLocation: sourceLocation)
    for mark in crashMarks {
        #expect(!result.error.contains(mark), "crash mark '\(mark)' in: \(result.error)", sourceLocation: sourceLocation)
    }
}

/// A database file's bytes with those of its write-ahead log, to show a failed command changed nothing.
struct DatabaseSnapshot: Equatable, CustomStringConvertible {
    var main: Data?
    var log: Data?

    init(_ path: String) {
        main = FileManager.default.contents(atPath: path)
        log = FileManager.default.contents(atPath: path + "-wal").flatMap { $0.isEmpty ? nil : $0 }
    }

    var description: String { "\(main?.count ?? -1) bytes, log \(log?.count ?? 0) bytes" }
}

/// Every row of every table of a database, in order: what it holds, whatever SQLite did to its pages. Opening a
/// database writes (GRDB creates and drops a table to make sure the write-ahead log exists), so a command that
/// opened the store and then failed is checked on this, and one that must fail before opening on the bytes.
struct DatabaseContents: Equatable, CustomStringConvertible {
    var rows: [String]

    init(_ path: String) throws {
        rows = try DatabaseQueue(path: path).read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            return try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier) ORDER BY rowid").map { "\(table) \($0)" }
            }
        }
    }

    var description: String { "\(rows.count) rows" }
}

/// Tifa's database read directly, for what the commands do not print.
enum DatabaseInspection {
    static func count(_ table: String, in path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? -1 }
    }

    static func integrity(of path: String) throws -> String {
        try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    }

    /// Notes by term in one deck, each with how many cards it has: what "nothing lost or doubled" is checked on.
    static func notes(in path: String) throws -> [String: Int] {
        try DatabaseQueue(path: path).read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT deck.name || '/' || note.term AS key, COUNT(card.id) AS cards
                FROM note JOIN deck ON deck.id = note.deck_id LEFT JOIN card ON card.note_id = note.id
                GROUP BY note.id
                """)
            return Dictionary(rows.map { ($0["key"] as String, $0["cards"] as Int) }, uniquingKeysWith: +)
        }
    }
}
