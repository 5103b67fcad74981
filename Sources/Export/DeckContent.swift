import Foundation
import Store

/// A deck with its notes (their sentences and cards): what an exporter writes.
public struct DeckContent: Equatable, Sendable {
    public var deck: Deck
    public var notes: [NoteDetail]

    public init(deck: Deck, notes: [NoteDetail]) {
        self.deck = deck
        self.notes = notes
    }

    /// Reads the named decks from the store, in the order given.
    public static func read(_ names: [String], from store: DeckStore) throws -> [DeckContent] {
        try names.map { name in
            DeckContent(deck: try store.deck(named: name), notes: try store.noteDetails(inDeckNamed: name))
        }
    }

    /// Decks ordered so that a parent deck ("外交") comes before its subdecks ("外交::上合"): Anki, meeting a
    /// subdeck first, would make the parent as well and then a stray "外交+" for the parent's own rows.
    /// Shallower decks come first; decks of the same depth keep their order.
    static func parentsFirst(_ decks: [DeckContent]) -> [DeckContent] {
        decks.enumerated().sorted { left, right in
            let depths = (left.element.deck.name.components(separatedBy: "::").count,
                          right.element.deck.name.components(separatedBy: "::").count)
            return depths.0 != depths.1 ? depths.0 < depths.1 : left.offset < right.offset
        }.map(\.element)
    }
}
