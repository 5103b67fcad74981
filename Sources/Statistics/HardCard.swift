import Store

/// A card the learner struggles with: its term and what FSRS and the log say about it.
public struct HardCard: Equatable, Sendable, Encodable {
    public var cardID: Int64
    public var term: String
    public var pinyin: String
    public var gloss: String
    public var type: CardType
    public var lapses: Int
    public var difficulty: Double?
    public var reps: Int
    public var suspended: Bool

    public init(_ listing: CardListing) {
        cardID = listing.card.id ?? 0
        term = listing.note.term
        pinyin = listing.note.pinyin
        gloss = listing.note.gloss
        type = listing.card.type
        lapses = listing.card.lapses
        difficulty = listing.card.difficulty
        reps = listing.card.reps
        suspended = listing.card.suspended
    }

    public static let defaultLimit = 5

    /// The studied cards with the most lapses, ties broken by the highest FSRS difficulty, then by card id.
    public static func hardest(_ cards: [CardListing], limit: Int = defaultLimit) -> [HardCard] {
        cards.filter { $0.card.state != .new }
            .sorted { a, b in
                let left = (a.card.lapses, a.card.difficulty ?? 0), right = (b.card.lapses, b.card.difficulty ?? 0)
                if left != right { return left > right }
                return (a.card.id ?? 0) < (b.card.id ?? 0)
            }
            .prefix(limit).map(HardCard.init)
    }
}
