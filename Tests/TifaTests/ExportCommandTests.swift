import Foundation
import Scheduler
import Store
import Testing

/// `tifa export` and `tifa import` as a user runs them.
@Suite("tifa export and import")
struct ExportCommandTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../AnkiCheck/fixtures").standardized

    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-export-e2e-\(UUID().uuidString)")
    var environment: [String: String] {
        ["TIFA_DB": folder.appendingPathComponent("tifa.sqlite").path, "TIFA_NOW": "2025-03-01T08:00:00+08:00"]
    }

    init() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    func tifa(_ arguments: String...) throws -> TifaProcess.Result {
        try TifaProcess.run(arguments, environment: environment)
    }

    @Test("import a hand-made file, export it as TSV and as a package; a second import changes nothing")
    func roundTrip() throws {
        let file = Self.fixtures.appendingPathComponent("diplomacy.tsv").path
        let imported = try tifa("import", file, "--deck", "外交")
        #expect(imported.status == 0, "\(imported.error)")
        #expect(imported.output == "Imported \(file) into deck '外交' (new): 5 added, 0 updated, 0 skipped.\n")
        let again = try tifa("import", file, "--deck", "外交")
        #expect(
            again.output.hasPrefix("Imported \(file) into deck '外交': 0 added, 0 updated, 5 skipped.\n  line 8 同舟共济: the deck's note is the same\n"))

        let tsv = try tifa("export", "--deck", "外交")
        #expect(tsv.status == 0 && tsv.error.isEmpty)
        #expect(
            tsv.output.hasPrefix("#separator:tab\n#html:true\n#guid column:1\n#notetype:Basic\n#deck:外交\n#tags column:4\n\"#tifa-guid-1\"\t同舟共济\t"))
        #expect(tsv.output.split(separator: "\n").count == 6 + 5)

        let package = folder.appendingPathComponent("外交.apkg").path
        let written = try tifa("export", "--deck", "外交", "--format", "apkg", "-o", package)
        #expect(
            written.output
                == "Wrote 5 notes and 9 cards to \(package). Left out 1 card whose front would be empty (no meaning, or no example sentence for a cloze).\n"
        )
        #expect(try Data(contentsOf: URL(fileURLWithPath: package)).prefix(2) == Data("PK".utf8))
        // The file's name says the format when --format does not.
        let named = folder.appendingPathComponent("named.apkg").path
        #expect(try tifa("export", "--deck", "外交", "-o", named).status == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: named)).prefix(2) == Data("PK".utf8))
    }

    @Test("a deck named twice (in another case too) is exported once, and so is its review log")
    func deckNamedTwice() throws {
        let file = Self.fixtures.appendingPathComponent("diplomacy.tsv").path
        #expect(try tifa("import", file, "--deck", "Diplomacy").status == 0)
        let store = try DeckStore(fileAt: folder.appendingPathComponent("tifa.sqlite"))
        let card = try #require(try store.cards(inDeckNamed: "Diplomacy").first?.card)
        let now = try #require(ISO8601DateFormatter().date(from: "2025-03-01T00:00:00Z"))
        try store.recordAnswer(
            cardID: card.id!, rating: .good,
            state: .learning(step: 1, memory: MemoryState(stability: 3, difficulty: 5)), due: now.addingTimeInterval(600), lastReview: now, reps: 1,
            durationMilliseconds: 4000, now: now)
        let package = folder.appendingPathComponent("both.apkg").path
        let written = try tifa(
            "export", "--deck", "Diplomacy", "--deck", "diplomacy", "--format", "apkg",
            "--with-progress", "-o", package)
        #expect(written.status == 0, "\(written.error)")
        #expect(written.output.hasPrefix("Wrote 5 notes and 9 cards with 1 review to \(package)."))
    }

    @Test("a malformed file is refused with its line, and nothing is imported")
    func malformed() throws {
        let file = folder.appendingPathComponent("bad.tsv")
        // With a header line it is Anki's CSV; a headerless two-column list is a person's, read as written.
        try Data("#separator:tab\n外交\tdiplomacy\n\"同舟共济\tin the same boat\n人类\tmankind\n".utf8).write(to: file)
        let result = try tifa("import", file.path, "--deck", "外交")
        #expect(result.status == 1)
        #expect(
            result.error
                == "tifa: '\(file.path)' line 3: a quoted field starts here and never ends; close it with \" (and double any \" inside it); nothing was imported\n"
        )
        #expect(try tifa("decks").output == "No decks yet; tifa decks create NAME makes one.\n")
    }

    @Test("options that do not go together are refused before anything is read")
    func usage() throws {
        let progress = try tifa("export", "--deck", "外交", "--with-progress")
        #expect(progress.status == 64)
        #expect(progress.error.contains("--with-progress needs --format apkg"))
        let fields = try tifa("export", "--deck", "外交", "--fields", "Hanzi,Audio")
        #expect(fields.status == 64 && fields.error.contains("'Audio' is not a field Tifa writes"))
        let textAsPackage = try tifa("export", "--deck", "外交", "--format", "tsv", "-o", "外交.apkg")
        #expect(textAsPackage.status == 64 && textAsPackage.error.contains("'外交.apkg' is named as an Anki package"))
        let missing = try tifa("export", "--deck", "无")
        #expect(missing.status == 1 && missing.error == "tifa: no deck named '无'; tifa decks lists the decks\n")
    }
}

/// The Anki check (`Tests/AnkiCheck/`), run against the binary these tests built when `TIFA_ANKI_PYTHON` names a
/// Python with the pinned `anki` installed (run.sh makes one in .venv-anki); CI runs run.sh itself.
@Suite("Anki's own import")
struct AnkiCheckTests {
    static let python = ProcessInfo.processInfo.environment["TIFA_ANKI_PYTHON"]

    @Test("the official anki library imports tifa's exports", .enabled(if: python != nil, "set TIFA_ANKI_PYTHON"))
    func ankiImports() throws {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../AnkiCheck/anki_check.py").standardized
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Self.python))
        process.arguments = [script.path, "--tifa", TifaProcess.binary.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains(" passed, 0 failed"))
    }
}
