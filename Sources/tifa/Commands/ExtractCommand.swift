import ArgumentParser
import Article
import Extraction
import Foundation
import Lexicon
import Store

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find the vocabulary worth learning in articles: formulations, idioms, sayings, terms, organisations.",
        discussion: """
            Reads the articles (repairing PDF text as `tifa read` does), and lists the units a learner of \
            political and diplomatic Chinese would want from them, best first: each with pinyin, English, \
            kind, and the sentence it appeared in. Words at or below --skip-hsk are taken as known.

            Examples:
              tifa extract page.txt
              tifa extract --top 0 --format json page.txt > cards.json
              tifa extract --explain --kinds idiom,saying page.txt
              tifa extract --deck 时政 page.txt          # save them as notes and cards
              tifa extract --deck 时政 --dry-run page.txt
            """)

    @Argument(help: "Article files (.txt or .html); none or - reads standard input.")
    var files: [String] = []

    @Option(help: "How many items to show, best first; 0 for all.")
    var top = 50

    @Option(help: "Output: table (for reading), json (an array for scripts) or tsv.")
    var format: ExtractionFormat = .table

    @Flag(
        help:
            "Show how each score was made (register + rarity + salience) and what each part rests on: the glossary band, corpus count, frequency rank, repetition."
    )
    var explain = false

    @Option(help: "Only these kinds, comma-separated: \(NoteKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kinds: String?

    @Option(name: .customLong("skip-hsk"), help: "Take words of HSK 2.0 levels 1 to N as known (0 keeps them all).")
    var skipHSK = 4

    @Flag(help: "Include personal and place names.")
    var names = false

    @Option(help: "The files' encoding: auto (UTF-8, else GB18030), utf8 or gb18030.")
    var encoding: EncodingChoice = .auto

    @Option(help: "Save the items as notes and cards in this deck (created if missing); a term the deck has gets the new example sentence.")
    var deck: String?

    @Flag(help: "With --deck: show what would be saved, and save nothing.")
    var dryRun = false

    @OptionGroup var store: StoreOptions

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 (all) or more, not \(top)") }
        if dryRun && deck == nil { throw ValidationError("--dry-run goes with --deck NAME: it shows what --deck would save") }
        if let deck, deck.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--deck needs a deck name") }
        if !(0...6).contains(skipHSK) { throw ValidationError("--skip-hsk takes an HSK level from 0 to 6, not \(skipHSK)") }
        _ = try parsedKinds()
    }

    private func parsedKinds() throws -> Set<NoteKind> {
        guard let kinds else { return [] }
        return Set(
            try kinds.split(separator: ",").map { name in
                guard let kind = NoteKind(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                    throw ValidationError("unknown kind '\(name)'; use \(NoteKind.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return kind
            })
    }

    func run() throws {
        MemoryAllocator.settleForExtraction()
        let inputs = try readArticleInputs(files, options: ReadingOptions(encoding: encoding))
        let extractor = Extractor(lexicon: try loadLexicon())
        let now = try CommandClock.now()
        // The learner's known words live in the store; reading them must not create a database.
        let deckStore = deck != nil || FileManager.default.fileExists(atPath: store.databaseURL.path) ? try store.open() : nil
        let known = try deckStore?.knownWordSet() ?? []
        // Only --explain and JSON show what the scores rest on.
        let options = ExtractionOptions(
            top: top, skipHSKLevel: skipHSK, knownWords: known, kinds: try parsedKinds(), names: names,
            explains: explain || format == .json)
        let items = try extractor.rankedItems(from: ArticleInputs(inputs), options: options)
        if let deck, let deckStore {
            try save(items.all, to: deck, in: deckStore, now: now)
            return
        }
        // Printed as the items are written, a block at a time (`RankedItems`): a list of `--top 0` over a long
        // text is never held whole with its text, nor as one string.
        switch format {
        case .json:
            var printer = JSONArrayPrinter()
            try items.forEach({ _, item in Result { try JSONArrayPrinter.element(item) } }) { element in
                printer.add(encoded: try element.get())
            }
            printer.finish()
        case .tsv: ExtractionTSV.print(items)
        case .table: ExtractionTable(explain: explain, style: .standardOutput).print(items)
        }
    }
}

extension ExtractCommand {
    /// Saves the items as notes in one transaction: all of this run's notes or none.
    private func save(_ items: [VocabularyItem], to deck: String, in deckStore: DeckStore, now: Date) throws {
        let drafts = items.map(NoteDraft.init(item:))
        if dryRun {
            // The deck as saving would find it (ASCII case and surrounding spaces ignored), or none yet.
            let existing: Set<String>
            do {
                existing = Set(try deckStore.noteDetails(inDeckNamed: deck).map(\.note.term))
            } catch StoreError.noDeck {
                existing = []
            }
            let new = drafts.filter { !existing.contains($0.term) }
            print("Would add \(new.count) notes to '\(deck)' and a new example to \(drafts.count - new.count) it has (nothing saved):")
            print(new.map { "  \($0.term)  \($0.pinyin ?? "")  \($0.gloss ?? "")" }.joined(separator: "\n"))
            return
        }
        let result = try deckStore.upsertNotes(drafts, toDeckNamed: deck, createDeckIfMissing: true, policy: .extraction, now: now)
        var parts = ["\(result.added.count) notes added (\(result.cardsAdded) cards)"]
        if !result.updated.isEmpty { parts.append("\(result.updated.count) it had got a new example sentence") }
        if !result.unchanged.isEmpty { parts.append("\(result.unchanged.count) it had already, unchanged") }
        print("'\(deck)'\(result.createdDeck ? " (new deck)" : ""): " + parts.joined(separator: "; ") + ".")
    }
}

enum ExtractionFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, tsv
}
