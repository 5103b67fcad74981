import Foundation
import GRDB

// Cards: list, search, suspend, bury, delete.
extension DeckStore {
    /// The cards of one deck, or of all decks when `deckName` is nil, in the order their notes were added.
    public func cards(inDeckNamed deckName: String?) throws -> [CardListing] {
        var cards: [CardListing] = []
        try forEachCard(inDeckNamed: deckName) { cards.append($0) }
        return cards
    }

    /// The same cards as `cards(inDeckNamed:)`, handed to `body` one at a time as SQLite reads them, so a
    /// listing of 100,000 cards starts printing at once and never holds them all.
    public func forEachCard(inDeckNamed deckName: String?, _ body: (CardListing) throws -> Void) throws {
        try read { db in
            var filter = ""
            var arguments = StatementArguments()
            if let deckName {
                filter = "WHERE note.deck_id = ?"
                arguments = [try Self.fetchDeck(db, named: deckName).id]
            }
            // Notes in id order, each note's cards from the (note_id, type) index sorted by id: SQLite sorts
            // only within a note and yields the first row at once. Joined from the card side, it sorted the
            // whole deck before the first row (half a second for 100,000 cards).
            let sql = """
                SELECT card.*, note.* FROM note NOT INDEXED CROSS JOIN card ON card.note_id = note.id
                \(filter) ORDER BY note.id, card.id
                """
            let cardColumns = try db.columns(in: Card.databaseTableName).count
            let adapter = ScopeAdapter([
                "card": RangeRowAdapter(0..<cardColumns),
                "note": SuffixRowAdapter(fromIndex: cardColumns),
            ])
            let cursor = try CardListing.fetchCursor(db, sql: sql, arguments: arguments, adapter: adapter)
            while let listing = try cursor.next() { try body(listing) }
        }
    }

    /// The cards whose note's term, traditional form, pinyin or gloss contains `text`. Pinyin matches without
    /// tone marks or spaces ("tongzhou" finds "tóng zhōu gòng jì"); the gloss without regard to ASCII case.
    public func searchCards(_ text: String, inDeckNamed deckName: String? = nil) throws -> [CardListing] {
        let query = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !query.isEmpty else { return [] }
        return try read { db in
            let pattern = SearchText.containsPattern(query)
            var matches =
                Note.Columns.term.like(pattern, escape: "\\")
                || Note.Columns.traditional.like(pattern, escape: "\\")
                || Note.Columns.gloss.like(pattern, escape: "\\")
            let folded = SearchText.folded(query)
            if !folded.isEmpty {
                matches =
                    matches
                    || SearchText.fold(Note.Columns.pinyin)
                        .like(SearchText.containsPattern(folded), escape: "\\")
            }
            var notes = Card.note.filter(matches)
            if let deckName {
                let deck = try Self.fetchDeck(db, named: deckName)
                notes = notes.filter(Note.Columns.deckID == deck.id)
            }
            return try Card.including(required: notes).order(Card.Columns.noteID, Card.Columns.id)
                .asRequest(of: CardListing.self).fetchAll(db)
        }
    }

    /// The card with this id, with its note.
    public func card(id: Int64) throws -> CardListing {
        try read { db in
            guard
                let listing = try Card.filter(key: id).including(required: Card.note)
                    .asRequest(of: CardListing.self).fetchOne(db)
            else { throw StoreError.noCard(id) }
            return listing
        }
    }

    /// Suspends (or, with `false`, unsuspends) the named cards: a suspended card is never studied until
    /// unsuspended. All or none: an unknown id or term changes nothing. Returns the cards as they are now.
    @discardableResult
    public func setSuspended(_ suspended: Bool, _ selectors: [CardSelector]) throws -> [Card] {
        try write { db in
            try Self.resolve(db, selectors).map { card in
                var card = card
                card.suspended = suspended
                try card.update(db)
                return card
            }
        }
    }

    /// Buries cards until a moment (nil unburies them): the review session buries a card's siblings until the
    /// next study day.
    public func bury(cardIDs: [Int64], until moment: Date?) throws {
        try write { db in
            for var card in try Self.resolve(db, cardIDs.map(CardSelector.id)) {
                card.buriedUntil = moment
                try card.update(db)
            }
        }
    }

    /// Deletes the named cards with their review history. A card named by id takes its note along when it was
    /// the note's last card; a term deletes its note with all its cards and sentences. All or none.
    @discardableResult
    public func deleteCards(_ selectors: [CardSelector]) throws -> CardDeletion {
        try write { db in
            var deletion = CardDeletion(cards: 0, notes: 0)
            for card in try Self.resolve(db, selectors) {
                guard try card.delete(db) else { continue }  // named twice
                deletion.cards += 1
                if try Card.filter(Card.Columns.noteID == card.noteID).fetchCount(db) == 0 {
                    try Note.deleteOne(db, key: card.noteID)
                    deletion.notes += 1
                }
            }
            return deletion
        }
    }

    // MARK: - Inside a transaction

    /// The cards the selectors name, each once, in the order named; throws at the first unknown one.
    static func resolve(_ db: Database, _ selectors: [CardSelector]) throws -> [Card] {
        var cards: [Card] = []
        for selector in selectors {
            let found: [Card]
            switch selector {
            case let .id(id):
                guard let card = try Card.fetchOne(db, key: id) else { throw StoreError.noCard(id) }
                found = [card]
            case let .term(term, deckName):
                let deck = try fetchDeck(db, named: deckName)
                guard
                    let note = try Note.filter(Note.Columns.deckID == deck.id && Note.Columns.term == term)
                        .fetchOne(db)
                else { throw StoreError.noTerm(term, deck: deck.name) }
                found = try Card.filter(Card.Columns.noteID == note.id).order(Card.Columns.id).fetchAll(db)
            }
            for card in found where !cards.contains(where: { $0.id == card.id }) { cards.append(card) }
        }
        return cards
    }
}

extension CardListing: FetchableRecord {
    /// The card from the row's `card` scope (or the row itself, as an association request gives it), the
    /// note from its `note` scope; column by column, as `Card.init(row:)` says why.
    public init(row: Row) throws {
        guard let noteRow = row.scopes["note"] else {
            throw DatabaseError(message: "a card listing was read without its note")
        }
        card = try Card(row: row.scopes["card"] ?? row)
        note = try Note(row: noteRow)
    }
}
