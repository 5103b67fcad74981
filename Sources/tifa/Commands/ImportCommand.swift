import ArgumentParser
import Export
import Foundation
import Store

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import notes from an Anki TSV or a term/gloss list into a deck: added, updated or skipped.",
        discussion: """
            Reads Tifa's own TSV (edited in Anki and exported again, or by hand), any Anki text export with the \
            same header lines, or a plain list with a term and its meaning on each line (tab, comma or semicolon \
            between them). A line updates the deck's note with its GUID or its term, else adds a note. A malformed \
            file is refused with the line at fault, and nothing is imported. The deck is created if needed; the \
            file's own #deck is not used.

            Examples:
              tifa import 外交.tsv --deck 外交
              tifa import words.txt --deck 新词 --json
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The file to read (UTF-8).", completion: .file())
    var file: String

    @Option(help: "The deck to import into.")
    var deck: String

    @Flag(help: "Print JSON (added, updated and skipped notes) for scripts.")
    var json = false

    func run() throws {
        try reportingStoreFailures {
            let url = URL(fileURLWithPath: NSString(string: file).expandingTildeInPath)
            let contents = try AnkiTSVReader().read(fileAt: url)
            let now = try CommandClock.now()
            let result = try store.open().importNotes(contents.notes, toDeckNamed: deck, createDeckIfMissing: true,
                                                      now: now)
            let report = ImportReport(file: file, contents: contents, result: result)
            print(json ? try JSONOutput.string(report) : report.text)
        }
    }
}

/// What an import did, for people and for scripts.
struct ImportReport: Encodable {
    struct Skipped: Encodable {
        var line: Int
        var term: String?
        var reason: String
    }

    var file: String
    var deck: String
    var createdDeck: Bool
    var added: [String]
    var updated: [String]
    var skipped: [Skipped]
    var ignoredColumns: [String]

    init(file: String, contents: AnkiTSVReader.Contents, result: NoteImportResult) {
        self.file = file
        deck = result.deck.name
        createdDeck = result.createdDeck
        added = result.added.map(\.term)
        updated = result.updated.map(\.term)
        skipped = (contents.skipped.map { Skipped(line: $0.line, term: nil, reason: $0.reason) }
            + result.skipped.map { Skipped(line: $0.line, term: $0.term, reason: $0.reason.description) })
            .sorted { $0.line < $1.line }
        ignoredColumns = contents.ignoredColumns
    }

    var text: String {
        var lines = ["Imported \(file) into deck '\(deck)'\(createdDeck ? " (new)" : ""): \(added.count) added, "
                     + "\(updated.count) updated, \(skipped.count) skipped."]
        for skip in skipped {
            lines.append("  line \(skip.line)\(skip.term.map { " \($0)" } ?? ""): \(skip.reason)")
        }
        if !ignoredColumns.isEmpty {
            lines.append("  ignored columns: \(ignoredColumns.joined(separator: ", ")) (Tifa keeps no such field)")
        }
        return lines.joined(separator: "\n")
    }
}
