import Foundation
import Testing
import TifaTestSupport

/// Every command that reads a file, handed every kind of bad file: one line that names the file and says what to
/// do, a non-zero exit, no stack trace, and the store as it was.
@Suite(.serialized) struct BadInputTests {
    static let article = "国务院总理李克强6月11日在北京会见外宾。他说，各国要同舟共济，推动构建人类命运共同体。行百里者半九十。\n"

    /// The commands that take an article, a review history or a word list, with `FILE` where the file goes.
    static let fileCommands: [[String]] = [
        ["read", "FILE"], ["read", "--json", "FILE"], ["read", "--segment", "FILE"], ["extract", "FILE"],
        ["extract", "--deck", "外交", "FILE"], ["fsrs", "replay", "FILE"], ["known", "import", "FILE"],
        ["import", "FILE", "--deck", "外交"],
    ]

    /// One command of each file reader (articles, review histories, word lists, notes to import) handed every
    /// kind of bad file, and the other commands that read an article each handed one kind in turn: every reader
    /// refuses every kind, and every command reads through its reader.
    static let cases: [(BadFile, [String])] = {
        let readers = [["read", "FILE"], ["fsrs", "replay", "FILE"], ["known", "import", "FILE"], ["import", "FILE", "--deck", "外交"]]
        let others = fileCommands.filter { !readers.contains($0) }
        return BadFile.allCases.flatMap { bad in readers.map { (bad, $0) } }
            + others.enumerated().map { index, command in (BadFile.allCases[(index * 3) % BadFile.allCases.count], command) }
    }()

    @Test(arguments: cases)
    func badFileIsRefusedAndTheStoreIsUnchanged(bad: BadFile, command: [String]) throws {
        let scratch = try TemporaryFolder()
        let database = scratch.path("tifa.sqlite")
        let environment = ["TIFA_DB": database, "TIFA_NOW": "2025-03-01T08:00:00Z"]
        // The deck 外交 of the article, made once by the built binary.
        try FileManager.default.copyItem(atPath: try BadDatabaseTests.goodDatabase.get(), toPath: database)
        let before = DatabaseSnapshot(database)

        let file = try bad.make(in: scratch)
        let result = try TifaProcess.run(command.map { $0 == "FILE" ? file : $0 }, environment: environment)
        expectCleanFailure(result, naming: file)
        #expect(DatabaseSnapshot(database) == before, "\(command) changed the store")
    }

    /// Standard input gets the same care as a file, and is called "standard input".
    @Test(arguments: [["read"], ["read", "-"], ["extract", "-"], ["fsrs", "replay", "-"]])
    func badStandardInputIsRefused(command: [String]) throws {
        for input in ["", "\n \n", "\u{0}\u{1}\u{2}binary"] {
            let result = try TifaProcess.run(command, input: input)
            expectCleanFailure(result, naming: "standard input")
        }
    }

    @Test func gb18030WithoutTheOptionIsDetected() throws {
        let scratch = try TemporaryFolder()
        let bytes = try #require(GB18030Sample.bytes)
        let file = try scratch.file("gbk.txt", bytes)
        let read = try TifaProcess.run(["read", file])
        #expect(read.status == 0, "\(read.error)")
        #expect(read.output.contains("同舟共济"))
        let extract = try TifaProcess.run(["extract", "--format", "tsv", "--top", "0", file])
        #expect(extract.status == 0, "\(extract.error)")
        #expect(extract.output.contains("同舟共济\t"))
        // Forcing the wrong encoding is refused with the way out.
        let forced = try TifaProcess.run(["read", "--encoding", "utf8", file])
        expectCleanFailure(forced, naming: file)
        #expect(forced.error.contains("--encoding gb18030"))
    }

    /// Word lists and review histories are UTF-8 only: GB18030 is refused by name, not read as garbage.
    @Test(arguments: [["known", "import", "FILE"], ["fsrs", "replay", "FILE"], ["import", "FILE", "--deck", "外交"]])
    func gb18030IsRefusedWhereOnlyUTF8IsRead(command: [String]) throws {
        let scratch = try TemporaryFolder()
        let file = try scratch.file("gbk.txt", try #require(GB18030Sample.bytes))
        let result = try TifaProcess.run(command.map { $0 == "FILE" ? file : $0 }, environment: ["TIFA_DB": scratch.path("tifa.sqlite")])
        expectCleanFailure(result, naming: file)
        #expect(result.error.contains("UTF-8"))
        #expect(!FileManager.default.fileExists(atPath: scratch.path("tifa.sqlite")), "a refused import created the database")
    }

    @Test func utf16WithoutAMarkSaysHowToConvert() throws {
        let scratch = try TemporaryFolder()
        let file = try BadFile.utf16WithoutMark.make(in: scratch)
        let result = try TifaProcess.run(["read", file])
        expectCleanFailure(result, naming: file)
        #expect(result.error.contains("iconv -f UTF-16LE -t UTF-8"))
    }

    /// A malformed review names its line; what was replayed before it is printed.
    @Test func badReviewLineIsNamed() throws {
        let scratch = try TemporaryFolder()
        let file = try scratch.file(
            "reviews.jsonl",
            text: """
                {"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}
                {"card": "a", "rating": 7, "time": "2025-01-02T00:00:00Z"}
                """)
        let result = try TifaProcess.run(["fsrs", "replay", file])
        expectCleanFailure(result, naming: "\(file):2", advice: "must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)")
        #expect(result.output.split(separator: "\n").count == 1)
    }

    @Test func garbageTIFANOWChangesNothing() throws {
        let scratch = try TemporaryFolder()
        let database = scratch.path("tifa.sqlite")
        let good = try scratch.file("good.txt", text: Self.article)
        let setUp = try TifaProcess.run(["extract", "--deck", "外交", good], environment: ["TIFA_DB": database])
        try #require(setUp.status == 0, "\(setUp.error)")
        let before = DatabaseSnapshot(database)
        let notes = try scratch.file("notes.tsv", text: "同舟共济\tto pull together\n")
        for command in [
            ["decks"], ["decks", "create", "新"], ["cards", "list"], ["known", "add", "中国"],
            ["extract", "--deck", "外交", good], ["decks", "set", "外交", "--retention", "0.8"],
            ["review", "--deck", "外交"], ["stats"], ["export", "--deck", "外交", "-o", scratch.path("out.tsv")],
            ["import", notes, "--deck", "外交"],
        ] {
            for garbage in ["yesterday", "2025-13-45T99:00:00Z", "1e308"] {
                let result = try TifaProcess.run(command, environment: ["TIFA_DB": database, "TIFA_NOW": garbage])
                expectCleanFailure(result, naming: "TIFA_NOW '\(garbage)'")
            }
        }
        #expect(DatabaseSnapshot(database) == before)
        // Nor is a database made where there was none.
        let fresh = scratch.path("fresh.sqlite")
        for command in [["decks", "create", "新"], ["import", notes, "--deck", "外交"]] {
            let result = try TifaProcess.run(command, environment: ["TIFA_DB": fresh, "TIFA_NOW": "soon"])
            expectCleanFailure(result, naming: "TIFA_NOW 'soon'")
            #expect(!FileManager.default.fileExists(atPath: fresh))
        }
    }
}

/// A short article in GB18030 (`iconv -f UTF-8 -t GB18030` of `text`).
enum GB18030Sample {
    static let text = "各国要同舟共济，推动构建人类命运共同体。\n行百里者半九十。\n"

    static let bytes: [UInt8]? = [
        0xB8, 0xF7, 0xB9, 0xFA, 0xD2, 0xAA, 0xCD, 0xAC, 0xD6, 0xDB, 0xB9, 0xB2, 0xBC, 0xC3, 0xA3, 0xAC, 0xCD, 0xC6, 0xB6,
        0xAF, 0xB9, 0xB9, 0xBD, 0xA8, 0xC8, 0xCB, 0xC0, 0xE0, 0xC3, 0xFC, 0xD4, 0xCB, 0xB9, 0xB2, 0xCD, 0xAC, 0xCC, 0xE5,
        0xA1, 0xA3, 0x0A, 0xD0, 0xD0, 0xB0, 0xD9, 0xC0, 0xEF, 0xD5, 0xDF, 0xB0, 0xEB, 0xBE, 0xC5, 0xCA, 0xAE, 0xA1, 0xA3,
        0x0A,
    ]
}
