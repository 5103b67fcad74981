import Foundation
import GRDB
import Lexicon
import Scheduler

// The statistics' reading: the cards in one pass, the review log from its counts by deck and hour.
extension DeckStore {
    /// One deck's digest (or every deck's, when `deckName` is nil) with the answers up to `now`, read in one
    /// transaction so that cards and log agree. `rule` gives the study days for the decks read; the answers of
    /// the last `countedDays` of them, ending with today, are counted by day, and the last `detailDays` get
    /// details; `hardest` cards are listed.
    public func studyDigest(
        inDeckNamed deckName: String?, through now: Date, countedDays: Int, detailDays: Int, hardest: Int,
        rule makeRule: ([Deck]) -> some StudyDayRule
    ) throws -> StudyDigest {
        try read { db in
            let deckID = try deckName.map { try Self.fetchDeck(db, named: $0).id ?? 0 }
            var decks = Deck.order(Deck.Columns.name)
            if let deckID { decks = decks.filter(Deck.Columns.id == deckID) }
            let deckList = try decks.fetchAll(db)
            let rule = makeRule(deckList)
            let cards = try StudiedCards(db, deckID: deckID)
            let hardestIDs = cards.hardest(hardest)
            let listings = try Card.including(required: Card.note).filter(hardestIDs.contains(Card.Columns.id))
                .asRequest(of: CardListing.self).fetchAll(db)
            let reviews = ReviewDayCounter(
                db: db, rule: rule, now: now, countedDays: countedDays, detailDays: detailDays)
            return StudyDigest(
                decks: deckList, cards: cards.cards, cardDeckIDs: cards.deckIDs, notesByKind: cards.notesByKind,
                hardest: hardestIDs.compactMap { id in listings.first { $0.card.id == id } },
                reviews: try reviews.count(deckID: deckID))
        }
    }
}

/// Every card of a deck (or of all decks) with its deck and its note's kind, in note order: one pass over the
/// cards in the table's order (CROSS JOIN keeps SQLite from starting with the deck's notes, which would visit the
/// cards' pages in term order, each many times), read column by column with the dates from their text. GRDB's decoding of each card and its note through
/// Codable and Foundation's calendar took most of a second for 100,000 cards.
struct StudiedCards {
    var cards: [Card] = []
    var deckIDs: [Int64] = []
    var notesByKind: [NoteKind: Int] = [:]

    init(_ db: Database, deckID: Int64?) throws {
        let statement = try db.makeStatement(
            sql: """
                SELECT c.id, c.note_id, c.type, c.state, c.step, c.stability, c.difficulty, c.due, c.last_review, c.reps,
                       c.lapses, c.suspended, c.buried_until, n.deck_id, n.kind
                FROM card c CROSS JOIN note n ON n.id = c.note_id
                """ + (deckID == nil ? "" : " WHERE n.deck_id = ?"))
        if let deckID { statement.arguments = [deckID] }
        let rows = try Row.fetchCursor(statement)
        let columns = StatementColumns(statement)
        // Room for every card of every deck, made once: growing the arrays as the rows come copied them and
        // touched their pages again and again. Pages a smaller deck leaves unused are never touched.
        let capacity = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM card") ?? 0
        cards.reserveCapacity(capacity)
        deckIDs.reserveCapacity(capacity)
        var kinds: [NoteKind] = []
        kinds.reserveCapacity(capacity)
        let types = TextCases(CardType.self)
        let noteKinds = TextCases(NoteKind.self)
        while try rows.next() != nil {
            let id = columns.int64(0)
            guard let type = columns.value(types, 2) else {
                throw StoreError.inconsistentCard(id, reason: "its type is '\(columns.text(2))'")
            }
            guard let state = CardState.Kind(rawValue: columns.int(3)) else {
                throw StoreError.inconsistentCard(id, reason: "its state is \(columns.int(3))")
            }
            guard let kind = columns.value(noteKinds, 14) else {
                throw StoreError.inconsistentCard(id, reason: "its note's kind is '\(columns.text(14))'")
            }
            let cardState = try Card.state(
                id: id, kind: state, step: columns.intOrNil(4), stability: columns.double(5),
                difficulty: columns.double(6))
            cards.append(
                Card(
                    id: id, noteID: columns.int64(1), type: type, state: cardState,
                    due: columns.date(7) ?? Date(timeIntervalSince1970: 0), lastReview: columns.date(8),
                    reps: columns.int(9), lapses: columns.int(10), suspended: columns.int(11) != 0,
                    buriedUntil: columns.date(12)))
            deckIDs.append(columns.int64(13))
            kinds.append(kind)
        }
        // The table's order is the notes' order but for cards added to a note later.
        func before(_ a: Card, _ b: Card) -> Bool { (a.noteID, a.id ?? 0) < (b.noteID, b.id ?? 0) }
        if zip(cards, cards.dropFirst()).contains(where: { !before($0, $1) }) {
            let order = cards.indices.sorted { before(cards[$0], cards[$1]) }
            cards = order.map { cards[$0] }
            deckIDs = order.map { deckIDs[$0] }
            kinds = order.map { kinds[$0] }
        }
        for index in cards.indices where index == 0 || cards[index - 1].noteID != cards[index].noteID {
            notesByKind[kinds[index], default: 0] += 1
        }
    }

    /// The ids of the studied cards with the most lapses, ties broken by the highest FSRS difficulty, then by
    /// card id; `limit` of them.
    func hardest(_ limit: Int) -> [Int64] {
        StudyDigest.hardest(cards, limit: limit).compactMap(\.id)
    }
}
