import Foundation
import GRDB

/// What an upsert of notes or an import compares its rows with, read once at its start and kept up to date as it writes: every GUID in
/// the database, and a deck's notes by GUID and by term, their cards by type and the cards' answer times.
///
/// One query a deck instead of three to five a note: looking each note up on its own took more time than
/// writing it (a 50,000-line list, a 20,000-note Anki package). Terms and GUIDs are compared by their UTF-8
/// bytes, as SQLite's `=` compares them, not by Swift's canonical equivalence.
struct ImportIndex {
    /// A text as SQLite compares it: by its UTF-8 bytes, read in place (an array of them made for every lookup
    /// and record was a twentieth of a 50,000-note import).
    struct Key: Hashable {
        let text: String
        init(_ text: String) { self.text = text }

        static func == (left: Key, right: Key) -> Bool { left.text.utf8.elementsEqual(right.text.utf8) }

        func hash(into hasher: inout Hasher) {
            for byte in text.utf8 { hasher.combine(byte) }
            hasher.combine(text.utf8.count)
        }
    }

    private struct DeckNotes {
        var notes: [Int64: Note] = [:]
        var byGUID: [Key: Int64] = [:]
        var byTerm: [Key: Int64] = [:]
    }

    private var guids: Set<Key>
    private var decks: [Int64: DeckNotes] = [:]
    private var cards: [Int64: [CardType: Card]] = [:]
    /// The `reviewed_at` text of each answer of the cards read, as written (GRDB's, to the millisecond).
    private var answerTimes: [Int64: Set<String>] = [:]
    private let withCards: Bool

    /// Reads every GUID; a deck's notes (and with `cards`, their cards and answer times) are read on first use.
    init(_ db: Database, cards withCards: Bool) throws {
        guids = Set(try String.fetchAll(db, sql: "SELECT guid FROM note").map(Key.init))
        self.withCards = withCards
    }

    /// The deck's note with this GUID, else with this term; and the note with the term, if another.
    mutating func notes(
        _ db: Database, deckID: Int64, guid: String?,
        term: String
    ) throws -> (byGUID: Note?, byTerm: Note?) {
        try load(db, deckID: deckID)
        let deck = decks[deckID] ?? DeckNotes()
        let byGUID = guid.flatMap { deck.byGUID[Key($0)] }.flatMap { deck.notes[$0] }
        let byTerm = deck.byTerm[Key(term)].flatMap { deck.notes[$0] }
        return (byGUID, byTerm)
    }

    func isTaken(guid: String) -> Bool { guids.contains(Key(guid)) }

    /// Records a note written (added or updated, its term perhaps changed).
    mutating func record(_ note: Note, replacing old: Note? = nil) {
        guard let id = note.id else { return }
        if let old, old.term != note.term { decks[old.deckID]?.byTerm[Key(old.term)] = nil }
        guids.insert(Key(note.guid))
        decks[note.deckID, default: DeckNotes()].notes[id] = note
        decks[note.deckID, default: DeckNotes()].byGUID[Key(note.guid)] = id
        decks[note.deckID, default: DeckNotes()].byTerm[Key(note.term)] = id
    }

    func card(noteID: Int64, type: CardType) -> Card? { cards[noteID]?[type] }

    mutating func record(_ card: Card) {
        guard card.id != nil else { return }
        cards[card.noteID, default: [:]][card.type] = card
    }

    func hasAnswer(cardID: Int64, at text: String) -> Bool { answerTimes[cardID]?.contains(text) ?? false }

    mutating func recordAnswer(cardID: Int64, at text: String) { answerTimes[cardID, default: []].insert(text) }

    private mutating func load(_ db: Database, deckID: Int64) throws {
        guard decks[deckID] == nil else { return }
        var deck = DeckNotes()
        for note in try Note.fetchAll(db, sql: "SELECT * FROM note WHERE deck_id = ?", arguments: [deckID]) {
            guard let id = note.id else { continue }
            deck.notes[id] = note
            deck.byGUID[Key(note.guid)] = id
            deck.byTerm[Key(note.term)] = id
        }
        decks[deckID] = deck
        guard withCards else { return }
        let cardRows = try Card.fetchAll(
            db,
            sql: """
                SELECT card.* FROM card JOIN note ON note.id = card.note_id WHERE note.deck_id = ?
                """, arguments: [deckID])
        for card in cardRows { record(card) }
        let answers = try Row.fetchCursor(
            db,
            sql: """
                SELECT review_log.card_id, review_log.reviewed_at FROM review_log
                JOIN card ON card.id = review_log.card_id JOIN note ON note.id = card.note_id WHERE note.deck_id = ?
                """, arguments: [deckID])
        while let row = try answers.next() {
            let text: String = row[1]
            answerTimes[row[0], default: []].insert(text)
        }
    }
}
