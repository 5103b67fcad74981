import Foundation
import Store

/// One answer as a row of Anki's `revlog` table: what Anki's FSRS optimizer and its statistics read.
struct AnkiRevlog: Equatable {
    /// The answer's time in milliseconds, which is also the row's id.
    var id: Int64
    var cardID: Int64
    /// 1 again, 2 hard, 3 good, 4 easy.
    var ease: Int
    /// The interval the answer gave: days when positive, seconds when negative (a learning step).
    var interval: Int
    /// The interval before the answer, the same way.
    var lastInterval: Int
    var factor: Int
    /// How long the answer took, in milliseconds, at most a minute as Anki caps it.
    var time: Int
    /// 0 learning, 1 review, 2 relearning.
    var type: Int

    init(_ log: ReviewLog, cardID: Int64) {
        id = Int64((log.reviewedAt.timeIntervalSince1970 * 1000).rounded(.down))
        self.cardID = cardID
        ease = log.rating.rawValue
        interval = Self.interval(seconds: log.scheduledSeconds, inReview: log.stateAfter == .review)
        let previousSeconds = log.previousLastReview.map { Int(log.previousDue.timeIntervalSince($0).rounded()) } ?? 0
        lastInterval = log.stateBefore == .new ? 0
            : Self.interval(seconds: previousSeconds, inReview: log.stateBefore == .review)
        factor = log.ankiEase ?? (log.stateAfter == .review ? 2500 : 0)
        time = min(max(0, log.durationMilliseconds), 60_000)
        type = switch log.stateBefore {
        case .new, .learning: 0
        case .review: 1
        case .relearning: 2
        }
    }

    private static func interval(seconds: Int, inReview: Bool) -> Int {
        inReview ? max(1, Int((Double(seconds) / 86_400).rounded())) : -max(0, seconds)
    }
}
