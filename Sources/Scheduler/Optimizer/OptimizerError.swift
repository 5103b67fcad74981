import Foundation

/// Why parameters could not be fitted; the message says what the learner can do about it.
public enum OptimizerError: LocalizedError, Sendable, Equatable {
    /// Fewer usable reviews than fsrs-rs fits anything from. `items` is how many reviews on a later day than
    /// the one before (after the first review of a card) the history has, `needed` how many fitting needs.
    case tooFewReviews(items: Int, needed: Int)
    /// No first answer has enough cards reviewed again on a later day, with the same interval, to estimate how
    /// long a new card is remembered. `largestGroup` is the most cards any first answer has.
    case tooFewFirstReviews(largestGroup: Int, needed: Int)
    /// The fit diverged (a parameter became infinite or NaN).
    case notFinite

    public var errorDescription: String? {
        switch self {
        case .tooFewReviews(let items, let needed):
            return "not enough review history to fit FSRS parameters: \(items) review\(items == 1 ? "" : "s") "
                + "came a day or more after the card's previous one; at least \(needed) are needed "
                + "(\(needed - items) more). Keep reviewing with the default parameters and try again later."
        case .tooFewFirstReviews(let largestGroup, let needed):
            return "not enough review history to fit FSRS parameters: fitting needs at least \(needed) cards "
                + "that got the same first answer and were next reviewed on a later day after the same number of "
                + "days (at least 6 of them on the same day count); the most any first answer has is "
                + "\(largestGroup) (\(max(needed - largestGroup, 1)) more). Keep reviewing and try again later."
        case .notFinite:
            return "fitting FSRS parameters failed: a parameter became infinite or NaN; keep the current parameters"
        }
    }
}
