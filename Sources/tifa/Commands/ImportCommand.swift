import ArgumentParser
import Export
import Foundation
import Store

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import an Anki package with its history, an Anki TSV or a term/gloss list into a deck.",
        discussion: """
            An Anki package (.apkg or .colpkg, as any Anki exports it, current or legacy) brings its notes, cards, \
            schedules (due dates, intervals, FSRS memory states, suspended and buried cards) and the whole review \
            log, into the deck of the same name or --deck. Tifa's own note type maps field by field; any other maps \
            by its field names (Hanzi, Front, Chinese… for the term; Pinyin, Reading…; Meaning, English, Back…), \
            which --map overrides; --dry-run shows the mapping and the counts. A deck the import makes takes the Anki \
            deck's steps, daily limits, maximum interval, desired retention and FSRS parameters; new cards keep \
            Anki's order. A re-import updates notes by GUID and never doubles a note or an answer. Media are counted and left out. A damaged, truncated or unknown \
            package is refused and nothing is written.

            Otherwise reads Tifa's own TSV (edited in Anki and exported again, or by hand), any Anki text export with the \
            same header lines, or a plain list with a term and its meaning on each line (tab, comma or semicolon \
            between them). A line updates the deck's note with its GUID or its term, else adds a note. A malformed \
            file is refused with the line at fault, and nothing is imported. The deck is created if needed; the \
            file's own #deck is not used.

            Examples:
              tifa import 外交.tsv --deck 外交
              tifa import 'Chinese Politics.apkg' --dry-run
              tifa import collection.colpkg --deck 外交 --map Hanzi=Simplified,Meaning=English
              tifa import words.txt --deck 新词 --json
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "The file to read: an Anki package (.apkg, .colpkg) or UTF-8 text.", completion: .file())
    var file: String

    @Option(help: "The deck to import into (for a package: instead of the decks it names).")
    var deck: String?

    @Option(
        help: ArgumentHelp(
            "For a package: which Anki field fills which of Tifa's, e.g. Hanzi=Front,Meaning=Back.",
            valueName: "TIFA=ANKI,…"))
    var map: String?

    @Flag(help: "For a package: print the field mapping and the counts, and write nothing.")
    var dryRun = false

    @Flag(help: "Print JSON (added, updated and skipped notes) for scripts.")
    var json = false

    func run() throws {
        let url = URL(fileURLWithPath: NSString(string: file).expandingTildeInPath)
        if PackageImport.isPackage(url) {
            try PackageImport(store: store, file: file, url: url, deck: deck, map: map, dryRun: dryRun, json: json)
                .run()
            return
        }
        guard let deck else { throw ValidationError("--deck is needed for a text file: name the deck to import into") }
        if map != nil || dryRun { throw ValidationError("--map and --dry-run are for an Anki package (.apkg, .colpkg)") }
        var contents = try AnkiTSVReader().read(fileAt: url)
        if contents.isPlainList {
            // A person's list has no pinyin or traditional form: the lexicon's, marked as looked up.
            contents.notes = LookedUpReadings.fill(contents.notes, lexicon: try loadLexicon())
        }
        let now = try CommandClock.now()
        let result = try store.open().upsertNotes(
            contents.notes, toDeckNamed: deck, createDeckIfMissing: true,
            policy: .fileImport, now: now)
        let report = ImportReport(file: file, contents: contents, result: result)
        print(json ? try JSONOutput.string(report) : report.text)
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

    init(file: String, contents: AnkiTSVReader.Contents, result: NoteUpsertResult) {
        self.file = file
        deck = result.deck.name
        createdDeck = result.createdDeck
        added = result.added.map(\.term)
        updated = result.updated.map(\.term)
        skipped =
            (contents.skipped.map { Skipped(line: $0.line, term: nil, reason: $0.reason) }
            + result.skipped.map { Skipped(line: $0.line, term: $0.term, reason: $0.reason.description) })
            .sorted { $0.line < $1.line }
        ignoredColumns = contents.ignoredColumns
    }

    var text: String {
        var lines = [
            "Imported \(file) into deck '\(deck)'\(createdDeck ? " (new)" : ""): \(added.count) added, "
                + "\(updated.count) updated, \(skipped.count) skipped."
        ]
        for skip in skipped {
            lines.append("  line \(skip.line)\(skip.term.map { " \($0)" } ?? ""): \(skip.reason)")
        }
        if !ignoredColumns.isEmpty {
            lines.append("  ignored columns: \(ignoredColumns.joined(separator: ", ")) (Tifa keeps no such field)")
        }
        return lines.joined(separator: "\n")
    }
}
