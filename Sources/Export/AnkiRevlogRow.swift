import Foundation
import Store

/// A row of Anki's `revlog` table: one answer, as Anki's FSRS optimizer and its statistics read it.
struct AnkiRevlogRow: AnkiTableRow, Equatable {
    enum Column: String, CaseIterable {
        case id, cid, usn, ease, ivl, lastIvl, factor, time, type
    }

    static let tableName = "revlog"

    /// The answer's time in epoch milliseconds, which is also the row's id.
    var id: Int64
    var cardID: Int64
    var usn: Int64 = -1
    /// The button, 1 again to 4 easy; 0 for a manual change.
    var ease: Int
    /// `ivl`: the interval the answer gave: days when positive, seconds when negative (a learning step).
    var interval: Int
    /// `lastIvl`: the interval before the answer, the same way.
    var lastInterval: Int
    var factor: Int
    /// How long the answer took, in milliseconds, at most a minute as Anki caps it.
    var time: Int
    /// 0 learning, 1 review, 2 relearning, 3 filtered, 4 manual, 5 rescheduled.
    var type: Int

    func value(_ column: Column) -> SQLiteFile.Value {
        switch column {
        case .id: .integer(id)
        case .cid: .integer(cardID)
        case .usn: .integer(usn)
        case .ease: .integer(Int64(ease))
        case .ivl: .integer(Int64(interval))
        case .lastIvl: .integer(Int64(lastInterval))
        case .factor: .integer(Int64(factor))
        case .time: .integer(Int64(time))
        case .type: .integer(Int64(type))
        }
    }

    init(_ row: AnkiRowValues<Column>) {
        id = row.integer(.id)
        cardID = row.integer(.cid)
        usn = row.integer(.usn)
        ease = row.int(.ease)
        interval = row.int(.ivl)
        lastInterval = row.int(.lastIvl)
        factor = row.int(.factor)
        time = row.int(.time)
        type = row.int(.type)
    }

    /// A Tifa answer as Anki logs it.
    init(_ log: ReviewLog, cardID: Int64) {
        id = Int64((log.reviewedAt.timeIntervalSince1970 * 1000).rounded(.down))
        self.cardID = cardID
        ease = log.rating.rawValue
        interval = Self.interval(seconds: log.scheduledSeconds, inReview: log.stateAfter == .review)
        let previousSeconds = log.previousLastReview.map { Int(log.previousDue.timeIntervalSince($0).rounded()) } ?? 0
        lastInterval =
            log.stateBefore == .new
            ? 0
            : Self.interval(seconds: previousSeconds, inReview: log.stateBefore == .review)
        factor = log.ankiEase ?? (log.stateAfter == .review ? 2500 : 0)
        time = min(max(0, log.durationMilliseconds), 60_000)
        type =
            switch log.stateBefore {
            case .new, .learning: 0
            case .review: 1
            case .relearning: 2
            }
    }

    private static func interval(seconds: Int, inReview: Bool) -> Int {
        inReview ? max(1, Int((Double(seconds) / 86_400).rounded())) : -max(0, seconds)
    }
}
