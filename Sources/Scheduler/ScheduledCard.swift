/// One card as the scheduler sees it (py-fsrs's `Card`; named apart from the store's `Card`, a row of a deck).
/// A value: reviewing returns a new card and leaves this one alone.
public struct ScheduledCard: Sendable, Hashable {
    /// Identifies the card; with `reviewCount` it seeds the card's fuzz, so the same card reviewed the
    /// same way is always scheduled to the same day.
    public var id: UInt64
    public var state: CardState
    /// When the card should next be shown.
    public var due: Timestamp
    /// The time of the last review; nil until the first one.
    public var lastReview: Timestamp?
    /// How many reviews the card has had.
    public var reviewCount: Int

    /// A new card, due at once.
    public init(id: UInt64, due: Timestamp) {
        self.init(id: id, state: .new, due: due, lastReview: nil, reviewCount: 0)
    }

    public init(id: UInt64, state: CardState, due: Timestamp, lastReview: Timestamp?, reviewCount: Int) {
        self.id = id
        self.state = state
        self.due = due
        self.lastReview = lastReview
        self.reviewCount = reviewCount
    }
}
