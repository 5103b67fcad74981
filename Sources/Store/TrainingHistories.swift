import Foundation
import Scheduler

extension ReviewLog {
    /// A deck's review log as one history per card, for the FSRS optimizer.
    public static func trainingHistories(_ log: [ReviewLog]) -> [TrainingItems.History] {
        var byCard: [Int64: [(rating: Rating, time: Timestamp)]] = [:]
        var order: [Int64] = []
        for answer in log {
            if byCard[answer.cardID] == nil { order.append(answer.cardID) }
            byCard[answer.cardID, default: []].append((answer.rating, Timestamp(answer.reviewedAt)))
        }
        return order.map { TrainingItems.History(reviews: byCard[$0] ?? []) }
    }
}
