/// How the learner names cards on the command line: by id, or by a note's term within a deck (all its cards).
public enum CardSelector: Equatable, Sendable {
    case id(Int64)
    case term(String, deck: String)

    /// "42" is a card id; anything else is a term, which needs a deck (nil when none was given).
    public static func parse(_ text: String, deck: String?) -> CardSelector? {
        if let id = Int64(text) { return .id(id) }
        guard let deck else { return nil }
        return .term(text.trimmingCharacters(in: .whitespaces), deck: deck)
    }
}

/// A card with its note: one line of `tifa cards list`, one question of a review.
public struct CardListing: Decodable, Equatable, Sendable {
    public var card: Card
    public var note: Note
}

/// What a deletion removed.
public struct CardDeletion: Equatable, Sendable {
    public var cards: Int
    /// Notes removed because their last card went, or because they were named by term.
    public var notes: Int
}
