import Foundation
import Scheduler

/// A card's state and schedule as other parameters would have made it: its review log replayed through the scheduler from
/// the schedule it had before its first logged answer.
enum MemoryRecomputation {
    /// The recomputed card, or nil when the card's present schedule does not come from the last logged answer
    /// (changed since by something other than a review), so that replaying would undo that change.
    static func replayed(_ card: Card, log: [ReviewLog], scheduler: Scheduler) throws -> Card? {
        guard let first = log.first, let last = log.last, card.lastReview == last.reviewedAt else { return nil }
        var replayed = try first.restoringPrevious(card)
        for answer in log {
            let outcome = scheduler.review(
                replayed.schedulerCard, rating: answer.rating, now: Timestamp(answer.reviewedAt))
            replayed = replayed.answered(answer.rating, becoming: outcome.card)
        }
        return replayed
    }
}
