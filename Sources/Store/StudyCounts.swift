/// How many cards a deck has to study in one study day.
public struct StudyCounts: Codable, Equatable, Sendable {
    /// New cards to introduce today: at most one per note, within what is left of the new-cards-per-day limit.
    public var new: Int
    /// Cards in learning or relearning due before the study day ends.
    public var learning: Int
    /// Review cards due before the study day ends, within what is left of the maximum-reviews-per-day limit.
    public var due: Int
    /// All the deck's cards, suspended and buried ones too.
    public var total: Int

    public init(new: Int, learning: Int, due: Int, total: Int) {
        self.new = new
        self.learning = learning
        self.due = due
        self.total = total
    }
}

/// A deck with its counts for the study day: one line of `tifa decks`.
public struct DeckSummary: Equatable, Sendable {
    public var deck: Deck
    public var counts: StudyCounts
}

/// The cards of one deck to study in one study day, from which the review session builds its queue.
/// Suspended and buried cards, and cards of disabled types, are left out.
public struct DueCards: Equatable, Sendable {
    public var deck: Deck
    public var day: StudyDay
    /// Learning and relearning cards due before the day ends (some may be due later than now), by due time.
    public var learning: [CardListing]
    /// Review cards due before the day ends, most overdue first, cut to the day's review limit.
    public var review: [CardListing]
    /// New cards in the order their notes were added, one per note (its siblings wait for a later day), none of
    /// a note studied today, cut to the day's new-card limit.
    public var new: [CardListing]

    /// The counts of `tifa decks`, given the deck's number of cards (which the queue does not need).
    public func counts(total: Int) -> StudyCounts {
        StudyCounts(new: new.count, learning: learning.count, due: review.count, total: total)
    }
}
