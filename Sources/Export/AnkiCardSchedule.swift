import Foundation
import Scheduler
import Store

/// A Tifa card's place in Anki's scheduler: the columns of a row of Anki's `cards` table that say where it stands
/// (`type`, `queue`, `due`, `ivl`, …) and the FSRS memory state in its `data` JSON (`{"s":…,"d":…}`), as
/// `rslib/src/card/mod.rs` keeps them.
struct AnkiCardSchedule: Equatable {
    /// 0 new, 1 learning, 2 review, 3 relearning.
    var type: Int
    /// 0 new, 1 learning within the day, 2 review, 3 learning across days, -1 suspended.
    var queue: Int
    /// A new card's position; a review's (or a learning step's of a day or more) day number; an intraday learning
    /// step's Unix time in seconds.
    var due: Int64
    /// Days between the last review and the due date; 0 for a card not yet in review.
    var interval: Int
    /// Anki's ease in permille; 2500 for a card that has one, 0 for a new card.
    var factor: Int
    var reps: Int
    var lapses: Int
    /// The learning steps left.
    var left: Int
    var data: String

    /// A new card, at `position` in the order new cards come.
    static func new(position: Int) -> AnkiCardSchedule {
        AnkiCardSchedule(type: 0, queue: 0, due: Int64(position), interval: 0, factor: 0, reps: 0, lapses: 0, left: 0,
                         data: "")
    }

    /// `{"s":…,"d":…,"dr":…,"decay":…,"lrt":…}` rounded as Anki rounds them (4, 3, 2 and 3 decimals), or "" for a
    /// card FSRS knows nothing of yet.
    static func memoryData(_ card: Store.Card, deck: Deck) -> String {
        guard let stability = card.stability, let difficulty = card.difficulty else { return "" }
        let weights = deck.fsrsParameters ?? SchedulerParameters.defaultWeights
        var parts = [
            "\"s\":\(rounded(stability, 4))", "\"d\":\(rounded(difficulty, 3))",
            "\"dr\":\(rounded(deck.desiredRetention, 2))", "\"decay\":\(rounded(weights[20], 3))",
        ]
        if let lastReview = card.lastReview { parts.append("\"lrt\":\(Int64(lastReview.timeIntervalSince1970))") }
        return "{" + parts.joined(separator: ",") + "}"
    }

    /// The number with at most `places` decimals and no trailing zeros, as JSON.
    static func rounded(_ value: Double, _ places: Int) -> String {
        let scale = pow(10, Double(places))
        let number = (value * scale).rounded() / scale
        return number == number.rounded() && abs(number) < 1e15 ? String(Int64(number)) : "\(number)"
    }
}

extension AnkiCardSchedule {
    /// The card as it stands in Tifa at `now`, for a learner who takes their progress to Anki.
    init(progressOf card: Store.Card, position: Int, deck: Deck, days: AnkiDays, now: Date) {
        self = .new(position: position)
        reps = card.reps
        lapses = card.lapses
        switch card.state {
        case .new:
            break
        case .learning, .relearning:
            let steps = card.state == .learning ? deck.learningSteps : deck.relearningSteps
            type = card.state == .learning ? 1 : 3
            left = max(1, steps.count - (card.step ?? 0))
            let stepLength = card.lastReview.map { card.due.timeIntervalSince($0) } ?? 0
            if stepLength < 86_400 {
                queue = 1
                due = Int64(card.due.timeIntervalSince1970.rounded(.down))
            } else {
                queue = 3
                due = Int64(days.number(of: card.due))
            }
            interval = card.state == .relearning ? max(1, Int((card.stability ?? 1).rounded())) : 0
            factor = 2500
        case .review:
            type = 2
            queue = 2
            let dueDay = days.number(of: card.due)
            let reviewDay = card.lastReview.map(days.number) ?? dueDay - 1
            due = Int64(dueDay)
            interval = max(1, dueDay - reviewDay)
            factor = 2500
        }
        // Suspending or burying changes only the queue in Anki too. Tifa keeps no difference between burying by
        // hand and burying siblings; either way Anki unburies the card when the study day ends, as Tifa does.
        if card.suspended {
            queue = -1
        } else if card.isBuried(at: now) {
            queue = -3
        }
        data = Self.memoryData(card, deck: deck)
    }
}
