import Foundation
import Scheduler

/// A card's schedule as other parameters would have made it: its review log replayed through the scheduler from
/// the schedule it had before its first logged answer.
enum MemoryRecomputation {
    /// The recomputed schedule, or nil when the card's present schedule does not come from the last logged answer
    /// (changed since by something other than a review), so that replaying would undo that change.
    static func schedule(of card: Card, log: [ReviewLog], scheduler: Scheduler) throws -> Card.Schedule? {
        guard let first = log.first, let last = log.last, card.lastReview == last.reviewedAt else { return nil }
        var replayed = card
        replayed.schedule = first.previousSchedule
        for answer in log {
            let outcome = scheduler.review(
                try replayed.schedulerCard(), rating: answer.rating,
                now: Timestamp(answer.reviewedAt))
            replayed.schedule = Card.Schedule(outcome.card, after: replayed.schedule, rating: answer.rating)
        }
        return replayed.schedule
    }
}
