/// Turns review histories into training items, as Anki does before calling fsrs-rs.
///
/// Days are counted as Tifa's scheduler counts them: whole 24-hour periods since the previous review, so a
/// review less than a day after the last one is a same-day review here exactly when it is one for the scheduler.
public enum TrainingItems {
    /// One card's reviews, oldest first.
    public struct History: Sendable {
        public var reviews: [(rating: Rating, time: Timestamp)]

        public init(reviews: [(rating: Rating, time: Timestamp)]) {
            self.reviews = reviews
        }
    }

    /// One item for each review after a card's first that comes a day or more after the review before it,
    /// holding every review of the card up to it; all items ordered by the time of that review, oldest first
    /// (the recency weights of the loss depend on this order).
    public static func make(from histories: [History]) -> [TrainingItem] {
        var timed: [(time: Timestamp, item: TrainingItem)] = []
        for history in histories {
            let sorted = history.reviews.enumerated().sorted {
                ($0.element.time, $0.offset) < ($1.element.time, $1.offset)
            }.map(\.element)
            var reviews: [TrainingReview] = []
            for (index, review) in sorted.enumerated() {
                let delta = index == 0 ? 0 : max(0, review.time.wholeDays(since: sorted[index - 1].time))
                reviews.append(TrainingReview(rating: review.rating, deltaDays: delta))
                if index > 0 && delta > 0 { timed.append((review.time, TrainingItem(reviews: reviews))) }
            }
        }
        // Stable, so that two targets at the same instant keep the order of their cards.
        return timed.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element.item)
    }
}
