import Foundation
import Scheduler

/// A review history in `tifa fsrs replay`'s JSON Lines, read whole as one history per card (by its "card" key)
/// for the optimizer.
enum ReviewHistoryInput {
    static func read(path: String) throws -> [TrainingItems.History] {
        var lines = try ReviewLines(path: path)
        defer { lines.close() }
        var byCard: [String: [(rating: Rating, time: Timestamp)]] = [:]
        var order: [String] = []
        while let bytes = try lines.next() {
            do {
                guard let review = try ReplayFormat.parse(String(decoding: bytes, as: UTF8.self)) else { continue }
                if byCard[review.card] == nil { order.append(review.card) }
                byCard[review.card, default: []].append((review.rating, review.time))
            } catch {
                throw lines.failure(error.description)
            }
        }
        if order.isEmpty { throw lines.noReviews }
        return order.map { TrainingItems.History(reviews: byCard[$0] ?? []) }
    }
}
