/// Everything a deck's statistics are computed from, read at one moment: the decks with their settings, every
/// card with its note, and the whole review log, oldest answer first.
public struct StudyHistory: Equatable, Sendable {
    /// The deck asked for, or every deck.
    public var decks: [Deck]
    public var cards: [CardListing]
    public var reviews: [ReviewLog]

    public init(decks: [Deck], cards: [CardListing], reviews: [ReviewLog]) {
        self.decks = decks
        self.cards = cards
        self.reviews = reviews
    }
}
