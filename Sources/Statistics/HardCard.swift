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
        difficulty = listing.card.state.memory?.difficulty
        reps = listing.card.reps
        suspended = listing.card.suspended
    }

    /// How many of the hardest cards are shown (the digest's `hardest`, chosen as its comment says).
    public static let defaultLimit = 5
}
