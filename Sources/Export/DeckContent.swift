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

    /// Reads the named decks from the store, in the order given, each once.
    public static func read(_ names: [String], from store: DeckStore) throws -> [DeckContent] {
        var contents: [DeckContent] = []
        for name in names {
            let deck = try store.deck(named: name)
            if contents.contains(where: { $0.deck.id == deck.id }) { continue }
            contents.append(DeckContent(deck: deck, notes: try store.noteDetails(inDeckNamed: deck.name)))
        }
        return contents
    }

    /// Decks ordered so that a parent deck ("外交") comes before its subdecks ("外交::上合"): Anki, meeting a
    /// subdeck first, would make the parent as well and then a stray "外交+" for the parent's own rows.
    /// Shallower decks come first; decks of the same depth keep their order.
    static func parentsFirst(_ decks: [DeckContent]) -> [DeckContent] {
        decks.enumerated().sorted { left, right in
            let depths = (
                left.element.deck.name.components(separatedBy: "::").count,
                right.element.deck.name.components(separatedBy: "::").count
            )
            return depths.0 != depths.1 ? depths.0 < depths.1 : left.offset < right.offset
        }.map(\.element)
    }
}
