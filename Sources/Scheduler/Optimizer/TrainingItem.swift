/// One review as the optimizer sees it: the answer and the whole days since the card's previous review.
public struct TrainingReview: Sendable, Hashable {
    public var rating: Rating
    /// Whole days since the previous review; 0 for the first review and for reviews on the same day.
    public var deltaDays: Int

    public init(rating: Rating, deltaDays: Int) {
        self.rating = rating
        self.deltaDays = deltaDays
    }
}

/// One card's reviews up to and including one review on a later day, the *target*, which the model must predict
/// from the ones before it (fsrs-rs's `FSRSItem`).
public struct TrainingItem: Sendable, Hashable {
    public var reviews: [TrainingReview]

    public init(reviews: [TrainingReview]) {
        self.reviews = reviews
    }

    /// The review whose recall is predicted.
    public var target: TrainingReview { reviews[reviews.count - 1] }

    /// Whether the target was recalled (any answer but Again).
    var isRecalled: Bool { target.rating != .again }

    /// Reviews on a later day than the one before, target included (fsrs-rs's `long_term_review_cnt`).
    var longTermReviewCount: Int { reviews.count { $0.deltaDays > 0 } }

    /// The first review on a later day than the card's first; an item always has one, its target at the latest.
    var firstLongTermReview: TrainingReview? { reviews.first { $0.deltaDays > 0 } }

    /// Forgotten reviews on a later day before the target: the lapses the RMSE(bins) groups by.
    var historyLapseCount: Int { reviews.dropLast().count { $0.rating == .again && $0.deltaDays > 0 } }
}
