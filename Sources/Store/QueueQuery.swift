import Foundation
import GRDB

/// The review queue's reads: a deck's studiable cards (not suspended, not buried, of an enabled type) in one
/// state, each with its note, through a named index on `card`. The CROSS JOIN keeps `card` as the outer table:
/// left to choose, SQLite often starts from the deck's notes and reads every card of a large deck.
struct QueueQuery {
    let db: Database
    let deck: Deck
    let now: Date

    init(_ db: Database, deck: Deck, now: Date) {
        self.db = db
        self.deck = deck
        self.now = now
    }

    func cards(
        _ condition: String, _ arguments: [(any DatabaseValueConvertible)?], index: String, order: String,
        limit: Int? = nil, offset: Int = 0
    ) throws -> [CardListing] {
        if limit == 0 { return [] }
        let types = deck.cardTypes.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        let cardColumns = try db.columns(in: "card").count
        var sql = """
            SELECT card.*, note.* FROM card INDEXED BY \(index) CROSS JOIN note ON note.id = card.note_id
            WHERE \(condition) AND note.deck_id = ? AND card.suspended = 0
              AND (card.buried_until IS NULL OR card.buried_until <= ?) AND card.type IN (\(types.isEmpty ? "NULL" : types))
            ORDER BY \(order)
            """
        if let limit { sql += " LIMIT \(limit) OFFSET \(offset)" }
        let adapter = ScopeAdapter(base: RangeRowAdapter(0..<cardColumns), scopes: ["note": SuffixRowAdapter(fromIndex: cardColumns)])
        return try CardListing.fetchAll(db, sql: sql, arguments: StatementArguments(arguments + [deck.id, now]), adapter: adapter)
    }
}
