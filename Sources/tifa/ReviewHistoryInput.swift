import Foundation
import TextFile
import Scheduler

/// A review history in `tifa fsrs replay`'s JSON Lines, read whole as one history per card (by its "card" key)
/// for the optimizer.
enum ReviewHistoryInput {
    static func read(path: String) throws(CommandFailure) -> [TrainingItems.History] {
        var lines: TextLines
        do {
            lines = try TextLines(path: path)
        } catch {
            throw CommandFailure(error.localizedDescription)
        }
        defer { lines.close() }
        var byCard: [String: [(rating: Rating, time: Timestamp)]] = [:]
        var order: [String] = []
        var lineNumber = 0
        while true {
            lineNumber += 1
            let bytes: ArraySlice<UInt8>
            do {
                guard let next = try lines.next() else { break }
                bytes = next
            } catch {
                throw CommandFailure("\(lines.name):\(lineNumber): \(error.localizedDescription)")
            }
            guard let line = String(validating: bytes, as: UTF8.self) else {
                throw CommandFailure("\(lines.name):\(lineNumber): not UTF-8 text; give UTF-8 JSON Lines, one "
                    + #"review a line such as {"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#)
            }
            do {
                guard let review = try ReplayFormat.parse(line) else { continue }
                if byCard[review.card] == nil { order.append(review.card) }
                byCard[review.card, default: []].append((review.rating, review.time))
            } catch {
                throw CommandFailure("\(lines.name):\(lineNumber): \(error.description)")
            }
        }
        if order.isEmpty {
            throw CommandFailure("'\(lines.name)' holds no reviews; give JSON Lines, one review a line such as "
                + #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#)
        }
        return order.map { TrainingItems.History(reviews: byCard[$0] ?? []) }
    }
}
