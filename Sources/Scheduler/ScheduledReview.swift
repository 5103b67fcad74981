/// The record of one review, as py-fsrs's `ReviewLog` keeps it, plus what the scheduler decided. (Named apart from
/// the store's `ReviewLog`, the row a review leaves in the database.)
public struct ScheduledReview: Sendable, Hashable {
    public var cardID: UInt64
    public var rating: Rating
    public var reviewedAt: Timestamp
    /// Milliseconds the learner took to answer, if known.
    public var duration: Int?
    /// Whole days since the previous review (floored, negative if the clock went back); nil for a first review.
    public var elapsedDays: Int?
    /// Time from the review to the new due date: a (re)learning step, or whole days.
    public var interval: Duration
}
