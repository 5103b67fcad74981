import ArgumentParser
import Export
import Foundation
import Store

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export decks for Anki: a TSV for File › Import, or a .apkg with Tifa's own note type.",
        discussion: """
            The TSV has Anki's header lines (separator, HTML, GUID column, note type, deck, tags), so Anki imports \
            it without asking; by default its columns fit Anki's Basic note type (Front: the term; Back: pinyin, \
            meaning, example sentence, source). --fields picks and orders fields for a note type of your own. \
            Notes keep their GUID, so importing a newer export updates the notes in Anki instead of duplicating them.

            The .apkg brings the note type "Tifa" (fields Hanzi, Traditional, Pinyin, Meaning, Kind, Example, \
            Source, Notes; a card template for each card type the deck studies). --with-progress carries each \
            card's scheduling and FSRS memory state, and the review log.

            Examples:
              tifa export --deck 外交 -o 外交.tsv
              tifa export --deck 外交 --fields Hanzi,Traditional,Pinyin,Meaning,Example,Source -o 外交.tsv
              tifa export --deck 外交 --format apkg --with-progress -o 外交.apkg
            """)

    @OptionGroup var store: StoreOptions

    @Option(
        name: .customLong("deck"),
        help: ArgumentHelp(
            "The deck to export; repeat it for several decks.",
            valueName: "name"))
    var decks: [String] = []

    @Option(help: "What to write: an Anki TSV, or an Anki package. Default: apkg for an output file ending in .apkg, else tsv.")
    var format: AnkiFormat?

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp(
            "The file to write. Default: standard output for a TSV, DECK.apkg for a package.",
            valueName: "file"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "TSV only: the fields to write, in order, comma-separated, from "
                + AnkiField.allCases.map(\.rawValue).joined(separator: ", ") + ".",
            valueName: "fields"))
    var fields: String?

    @Option(
        help: ArgumentHelp(
            "TSV only: the Anki note type to import into (default Basic, or Tifa with --fields).",
            valueName: "name"))
    var notetype: String?

    @Flag(help: "apkg only: carry each card's scheduling and the review log.")
    var withProgress = false

    /// The format asked for, or the one the output file's name says (外交.apkg is a package).
    private var chosenFormat: AnkiFormat {
        format ?? (isNamedAsPackage ? .apkg : .tsv)
    }

    private var isNamedAsPackage: Bool { output?.lowercased().hasSuffix(".apkg") == true }

    func validate() throws {
        if decks.isEmpty { throw ValidationError("name a deck: tifa export --deck NAME (tifa decks lists them)") }
        if format == .tsv, isNamedAsPackage, let output {
            throw ValidationError("'\(output)' is named as an Anki package but --format tsv writes text: name it .tsv, or drop --format")
        }
        let format = chosenFormat
        if format == .apkg && (fields != nil || notetype != nil) {
            throw ValidationError(AnkiFileError.noteTypeNeedsTSV.localizedDescription)
        }
        if format == .tsv && withProgress {
            throw ValidationError("--with-progress needs --format apkg: a TSV carries notes, not scheduling")
        }
        if let fields {
            do {
                _ = try AnkiField.parseList(fields)
            } catch {
                throw ValidationError(error.localizedDescription)
            }
        }
    }

    func run() throws {
        let now = try CommandClock.now()
        let deckStore = try store.open()
        let contents = try DeckContent.read(decks, from: deckStore)
        switch chosenFormat {
        case .tsv:
            let fieldList = try fields.map { try AnkiField.parseList($0) } ?? AnkiField.basic
            let tsv = AnkiTSV(fields: fieldList, noteType: notetype)
            guard let output else {
                print(tsv.text(contents), terminator: "")
                return
            }
            try tsv.write(contents, to: URL(fileURLWithPath: NSString(string: output).expandingTildeInPath))
            let notes = contents.reduce(0) { $0 + $1.notes.count }
            print("Wrote \(notes) note\(notes == 1 ? "" : "s") to \(output).")
        case .apkg:
            let path = output ?? Self.defaultPackageName(decks[0])
            let url = URL(fileURLWithPath: NSString(string: path).expandingTildeInPath)
            // The decks as read (each once), not as named: a deck named twice must not log its answers twice.
            let reviews =
                withProgress
                ? try contents.flatMap { try deckStore.reviewLog(inDeckNamed: $0.deck.name) } : []
            let summary = try AnkiPackage(withProgress: withProgress)
                .write(contents, reviews: reviews, to: url, timestamp: now, timeZone: .current)
            print(Self.describe(summary, path: path))
        }
    }

    /// "外交::上合" → "外交-上合.apkg": a file name without the characters file systems refuse.
    static func defaultPackageName(_ deck: String) -> String {
        let name = deck.replacingOccurrences(of: "::", with: "-")
            .map { "/\\:*?\"<>|".contains($0) ? "-" : $0 }
        return String(name) + ".apkg"
    }

    static func describe(_ summary: AnkiPackage.Summary, path: String) -> String {
        func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
        var text = "Wrote \(count(summary.notes, "note")) and \(count(summary.cards, "card"))"
        if summary.reviews > 0 { text += " with \(count(summary.reviews, "review"))" }
        text += " to \(path)."
        if summary.cardsWithEmptyFront > 0 {
            text +=
                " Left out \(count(summary.cardsWithEmptyFront, "card")) whose front would be empty"
                + " (no meaning, or no example sentence for a cloze)."
        }
        return text
    }
}

enum AnkiFormat: String, ExpressibleByArgument, CaseIterable {
    case tsv, apkg
}
