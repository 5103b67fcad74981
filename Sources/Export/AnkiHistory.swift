import Foundation
import Scheduler
import Store

/// One card's Anki review log as Tifa's: each answer with the card's schedule before and after it, and the FSRS
/// memory state replayed through Tifa's scheduler (as Anki computes memory states from the log when FSRS is
/// switched on). Manual rows (ease 0: set due date, reset, reschedule) are not answers and are left out; a reset
/// starts the replay again from a new card.
struct AnkiHistory {
    private(set) var reviews: [ImportedReview] = []
    /// The memory state after the last answer; nil for a card without answers.
    private(set) var memory: MemoryState?
    private(set) var lastReview: Date?
    private(set) var manualRows = 0

    init(_ rows: [AnkiRevlogRow], cardID: Int64, scheduler: Scheduler) {
        var card: ScheduledCard?
        var previous: (time: Date, lastInterval: Int)?
        var lapses = 0
        for row in rows {
            let time = Date(timeIntervalSince1970: TimeInterval(row.id) / 1000)
            guard let rating = Rating(rawValue: row.ease) else {
                manualRows += 1
                if row.type == 4 && row.interval == 0 && row.factor == 0 {
                    // "Reset": the card is new again.
                    card = nil
                    previous = nil
                }
                continue
            }
            let current = card ?? ScheduledCard(id: UInt64(bitPattern: cardID), due: Timestamp(time))
            let outcome = scheduler.review(current, rating: rating, now: Timestamp(time))
            let stateBefore: CardState.Kind =
                switch row.type {
                case 1, 3: .review
                case 2: .relearning
                default: card == nil ? .new : .learning
                }
            let stateAfter: CardState.Kind =
                row.interval > 0
                ? .review
                : (stateBefore == .review || stateBefore == .relearning ? .relearning : .learning)
            let reps = reviews.count
            let lapsesBefore = lapses
            if stateBefore == .review && rating == .again { lapses += 1 }
            reviews.append(
                ImportedReview(
                    reviewedAt: time, rating: rating, durationMilliseconds: max(0, row.time),
                    stateBefore: stateBefore, memoryBefore: current.state.memory,
                    dueBefore: previous.map { $0.time.addingTimeInterval(Self.seconds(row.lastInterval)) } ?? time,
                    lastReviewBefore: previous?.time, repsBefore: reps, lapsesBefore: lapsesBefore,
                    stateAfter: stateAfter, memoryAfter: outcome.card.state.memory,
                    dueAfter: time.addingTimeInterval(Self.seconds(row.interval)),
                    ankiEase: row.factor > 0 ? row.factor : nil))
            card = outcome.card
            previous = (time, row.interval)
            memory = outcome.card.state.memory
            lastReview = time
        }
    }

    /// Anki's interval as seconds: days when positive, seconds when negative.
    static func seconds(_ interval: Int) -> TimeInterval {
        interval > 0 ? TimeInterval(interval) * 86_400 : TimeInterval(-interval)
    }
}
