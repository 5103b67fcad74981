/// What one answer does to a card: the card after it and the review's record.
public struct ReviewOutcome: Sendable, Hashable {
    public var card: ScheduledCard
    public var log: ScheduledReview
}

/// The outcomes of all four answers to the same review, for showing the learner each choice's interval.
public struct ReviewOutcomes: Sendable, Hashable {
    public var again: ReviewOutcome
    public var hard: ReviewOutcome
    public var good: ReviewOutcome
    public var easy: ReviewOutcome

    public subscript(rating: Rating) -> ReviewOutcome {
        switch rating {
        case .again: again
        case .hard: hard
        case .good: good
        case .easy: easy
        }
    }
}
