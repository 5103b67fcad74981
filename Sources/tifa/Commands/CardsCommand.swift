import ArgumentParser
import ConsoleText
import Foundation
import Scheduler
import Store

struct CardsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cards",
        abstract: "List and search cards; suspend, unsuspend or delete them; edit a gloss.",
        discussion: """
            A card is named by its id (tifa cards list shows them) or by its note's term with --deck, which names \
            all the term's cards.

            Examples:
              tifa cards list --deck 外交
              tifa cards search tongzhou
              tifa cards suspend 同舟共济 --deck 外交
              tifa cards edit 12 --gloss "to pull together in times of trouble"
            """,
        subcommands: [List.self, Search.self, Suspend.self, Unsuspend.self, Delete.self, Edit.self],
        defaultSubcommand: List.self)
}

/// The cards named on the command line: ids, or terms of the deck given with `--deck`.
struct CardTargets: ParsableArguments {
    @Argument(help: ArgumentHelp("Card ids, or terms with --deck.", valueName: "card"))
    var targets: [String] = []

    @Option(help: "The deck in which to look up terms.")
    var deck: String?

    func validate() throws {
        if targets.isEmpty { throw ValidationError("name at least one card: an id from tifa cards list, or a term with --deck") }
        for target in targets where CardSelector.parse(target, deck: deck) == nil {
            throw ValidationError("'\(target)' is not a card id; to name cards by term, add --deck NAME")
        }
    }

    var selectors: [CardSelector] { targets.compactMap { CardSelector.parse($0, deck: deck) } }
}

extension CardsCommand {
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the cards of a deck (or of all decks): id, term, pinyin, type, state, due.",
            discussion: """
                Cards are printed as they are read, so a large deck starts at once: the columns are as wide as the \
                first \(CardListPrinter.window) cards need, and a later, wider cell pushes only its own line along. \
                --json prints the same array as ever, element by element.
                """)

        @OptionGroup var store: StoreOptions

        @Option(help: "Only this deck's cards.")
        var deck: String?

        @Flag(help: "Print JSON (an array, one object per card) for scripts.")
        var json = false

        func run() throws {
            let now = try CommandClock.now()
            if json {
                var printer = JSONArrayPrinter()
                try store.open().forEachCard(inDeckNamed: deck) { try printer.add(CardJSON($0)) }
                printer.finish()
                return
            }
            var printer = CardListPrinter(now: now, style: TerminalStyle.standardOutput)
            try store.open().forEachCard(inDeckNamed: deck) { printer.add($0) }
            printer.finish()
        }
    }

    struct Search: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find cards whose term, pinyin (tone marks optional) or gloss contains the text.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "Characters, pinyin (e.g. tongzhou) or English.")
        var text: String

        @Option(help: "Only this deck's cards.")
        var deck: String?

        @Flag(help: "Print JSON (an array, one object per card) for scripts.")
        var json = false

        func run() throws {
            let now = try CommandClock.now()
            let cards = try store.open().searchCards(text, inDeckNamed: deck)
            if cards.isEmpty && !json {
                print("No card matches '\(text)'.")
            } else {
                print(try CardListText(cards: cards, now: now, json: json).text)
            }
        }
    }

    struct Suspend: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Keep cards out of study until unsuspended.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var cards: CardTargets

        func run() throws {
            let changed = try store.open().setSuspended(true, cards.selectors)
            print("Suspended \(changed.count) card\(changed.count == 1 ? "" : "s").")
        }
    }

    struct Unsuspend: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Bring suspended cards back into study.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var cards: CardTargets

        func run() throws {
            let changed = try store.open().setSuspended(false, cards.selectors)
            print("Unsuspended \(changed.count) card\(changed.count == 1 ? "" : "s").")
        }
    }

    struct Delete: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete cards with their review history.",
            discussion: "A term deletes its note with all its cards; a note whose last card goes is deleted too.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var cards: CardTargets

        func run() throws {
            let deletion = try store.open().deleteCards(cards.selectors)
            let notes = deletion.notes > 0 ? " and \(deletion.notes) note\(deletion.notes == 1 ? "" : "s")" : ""
            print("Deleted \(deletion.cards) card\(deletion.cards == 1 ? "" : "s")\(notes).")
        }
    }

    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change the gloss of a card's note (all the note's cards show it).")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The card's id (tifa cards list shows it).")
        var id: Int64

        @Option(help: "The new English meaning.")
        var gloss: String

        func run() throws {
            let now = try CommandClock.now()
            let deckStore = try store.open()
            let listing = try deckStore.card(id: id)
            let note = try deckStore.editGloss(noteID: listing.card.noteID, gloss: gloss, now: now)
            print("\(note.term): \(note.gloss)")
        }
    }
}

/// Cards as aligned columns, or as JSON.
struct CardListText {
    let cards: [CardListing]
    let now: Date
    let json: Bool

    var text: String {
        get throws {
            if json { return try JSONOutput.string(cards.map(CardJSON.init)) }
            if cards.isEmpty { return "No cards." }
            let style = TerminalStyle.standardOutput
            let printer = CardListPrinter(now: now, style: style)
            var table = CardListPrinter.columns()
            table.rows = cards.map(printer.row)
            return table.render(style: style)
        }
    }

    static func name(of state: CardState.Kind) -> String {
        switch state {
        case .new: "new"
        case .learning: "learning"
        case .review: "review"
        case .relearning: "relearning"
        }
    }
}

/// One card in `tifa cards list --json`.
struct CardJSON: Encodable {
    var id: Int64
    var noteID: Int64
    var term: String
    var pinyin: String
    var gloss: String
    var type: String
    var state: String
    var due: String
    var suspended: Bool
    var buriedUntil: String?
    var reps: Int
    var lapses: Int
    var stability: Double?
    var difficulty: Double?

    init(_ listing: CardListing) {
        let card = listing.card
        id = card.id ?? 0
        noteID = card.noteID
        term = listing.note.term
        pinyin = listing.note.pinyin
        gloss = listing.note.gloss
        type = card.type.rawValue
        state = CardListText.name(of: card.state.kind)
        due = CommandClock.iso(card.due)
        suspended = card.suspended
        buriedUntil = card.buriedUntil.map(CommandClock.iso)
        reps = card.reps
        lapses = card.lapses
        stability = card.state.memory?.stability
        difficulty = card.state.memory?.difficulty
    }
}
