import Foundation
import GRDB
import Scheduler

// Decks: create, rename, delete, change settings, read.
extension DeckStore {
    /// Creates an empty deck with the default settings.
    @discardableResult
    public func createDeck(named name: String, now: Date) throws -> Deck {
        try write { db in try Self.insertDeck(db, named: name, now: now) }
    }

    /// Renames a deck; names are compared without regard to ASCII case, so "hsk" → "HSK" is allowed.
    @discardableResult
    public func renameDeck(_ oldName: String, to newName: String) throws -> Deck {
        try write { db in
            var deck = try Self.fetchDeck(db, named: oldName)
            let name = try Self.validDeckName(newName)
            if let other = try Deck.filter(Deck.Columns.name == name).fetchOne(db), other.id != deck.id {
                throw StoreError.deckExists(other.name)
            }
            deck.name = name
            try deck.update(db)
            return deck
        }
    }

    /// Deletes a deck with its notes, cards and review history. A deck that has cards is deleted only when
    /// `evenIfItHasCards` is true; otherwise `StoreError.deckNotEmpty` says how many it has.
    /// - Returns: how many cards went with it.
    @discardableResult
    public func deleteDeck(named name: String, evenIfItHasCards: Bool) throws -> Int {
        try write { db in
            let deck = try Self.fetchDeck(db, named: name)
            let cards = try Card.joining(required: Card.note.filter(Note.Columns.deckID == deck.id)).fetchCount(db)
            if cards > 0 && !evenIfItHasCards { throw StoreError.deckNotEmpty(deck.name, cards: cards) }
            try deck.delete(db)
            return cards
        }
    }

    /// Changes some of a deck's settings. Newly enabled card types get their cards, new and due now, for every
    /// note of the deck; disabling a type keeps its cards and their history but leaves them out of study.
    @discardableResult
    public func updateDeckSettings(named name: String, _ change: DeckSettingsChange, now: Date) throws -> Deck {
        try change.validate()
        return try write { db in
            var deck = try Self.fetchDeck(db, named: name)
            let typesBefore = deck.cardTypes
            change.apply(to: &deck)
            try deck.update(db)
            let added = deck.cardTypes.filter { !typesBefore.contains($0) }
            if !added.isEmpty {
                for note in try Note.filter(Note.Columns.deckID == deck.id).fetchAll(db) {
                    try Self.insertMissingCards(db, for: note, types: added, now: now)
                }
            }
            return deck
        }
    }

    /// All decks, by name.
    public func decks() throws -> [Deck] {
        try read { db in try Deck.order(Deck.Columns.name).fetchAll(db) }
    }

    /// The deck with this name (ASCII case ignored).
    public func deck(named name: String) throws -> Deck {
        try read { db in try Self.fetchDeck(db, named: name) }
    }

    // MARK: - Inside a transaction

    static func fetchDeck(_ db: Database, named name: String) throws -> Deck {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard let deck = try Deck.filter(Deck.Columns.name == trimmed).fetchOne(db) else {
            throw StoreError.noDeck(name)
        }
        return deck
    }

    static func insertDeck(_ db: Database, named name: String, now: Date) throws -> Deck {
        let name = try validDeckName(name)
        if let existing = try Deck.filter(Deck.Columns.name == name).fetchOne(db) {
            throw StoreError.deckExists(existing.name)
        }
        return try Deck(name: name, created: now).inserted(db)
    }

    static func validDeckName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, !trimmed.unicodeScalars.contains(where: { $0.properties.generalCategory == .control })
        else { throw StoreError.invalidDeckName(name) }
        return trimmed
    }

    /// Gives `note` a new card of each of `types` it lacks; returns how many it made.
    @discardableResult
    static func insertMissingCards(_ db: Database, for note: Note, types: [CardType], now: Date) throws -> Int {
        let existing = try Set(
            CardType.fetchAll(
                db.cachedStatement(sql: "SELECT type FROM card WHERE note_id = ?"), arguments: [note.id]))
        return try insertNewCards(db, noteID: note.id ?? 0, types: types.filter { !existing.contains($0) }, now: now)
    }

    /// Inserts a new card of each type, due from `now`, for a note that has none of them; returns how many.
    static func insertNewCards(_ db: Database, noteID: Int64, types: [CardType], now: Date) throws -> Int {
        // A cached statement and one encoding of `now`: an import of 50,000 notes makes 100,000 cards here, and
        // building each query and encoding each new card as a record took most of its time.
        let insert = try db.cachedStatement(
            sql: """
                INSERT INTO card (note_id, type, state, step, stability, difficulty, due, last_review, reps, lapses,
                                  suspended, buried_until)
                VALUES (?, ?, ?, NULL, NULL, NULL, ?, NULL, 0, 0, 0, NULL)
                """)
        let due = DatabaseDateText.text(now)
        for type in types {
            try insert.execute(arguments: [noteID, type, CardState.Kind.new, due])
        }
        return types.count
    }

    /// Inserts a new card of each type, due from `now`, for each of the notes, which have none: the cards and
    /// their ids as `insertNewCards(_:noteID:types:now:)` note by note would make them, in one statement. An
    /// import of 50,000 notes spent a quarter of its time in the 100,000 single-row statements.
    static func insertNewCards(_ db: Database, noteIDs: [Int64], types: [CardType], now: Date) throws {
        guard !noteIDs.isEmpty, !types.isEmpty else { return }
        // json_each yields the arrays' elements with their positions as `key`; ordering by those positions
        // numbers the cards note by note, each note's in the deck's order of types.
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO card (note_id, type, state, step, stability, difficulty, due, last_review, reps, lapses,
                                  suspended, buried_until)
                SELECT note.value, type.value, ?, NULL, NULL, NULL, ?, NULL, 0, 0, 0, NULL
                FROM json_each(?) note CROSS JOIN json_each(?) type
                ORDER BY note.key, type.key
                """)
        let typeList = "[" + types.map { "\"\($0.rawValue)\"" }.joined(separator: ",") + "]"
        try statement.execute(arguments: [
            CardState.Kind.new, DatabaseDateText.text(now), "[" + noteIDs.map(String.init).joined(separator: ",") + "]",
            typeList,
        ])
    }
}
