import Foundation
import Scheduler
import Store

// A Tifa card's place in Anki's scheduler, written into the scheduling columns of its `cards` row.
extension AnkiCardRow {
    /// `{"s":…,"d":…,"dr":…,"decay":…,"lrt":…}` rounded as Anki rounds them (4, 3, 2 and 3 decimals), or "" for a
    /// card FSRS knows nothing of yet.
    static func memoryData(_ card: Store.Card, deck: Deck) -> String {
        guard let memory = card.state.memory else { return "" }
        let (stability, difficulty) = (memory.stability, memory.difficulty)
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

    /// Takes the card as it stands in Tifa at `now`, for a learner who takes their progress to Anki; the row is a
    /// new card at its position until then.
    mutating func takeProgress(of card: Store.Card, deck: Deck, days: AnkiDays, now: Date) {
        reps = card.reps
        lapses = card.lapses
        switch card.state {
        case .new:
            break
        case .learning(let step, _), .relearning(let step, _):
            let learning = card.state.kind == .learning
            let steps = learning ? deck.learningSteps : deck.relearningSteps
            type = learning ? 1 : 3
            left = max(1, steps.count - step)
            let stepLength = card.lastReview.map { card.due.timeIntervalSince($0) } ?? 0
            if stepLength < 86_400 {
                queue = 1
                due = Int64(card.due.timeIntervalSince1970.rounded(.down))
            } else {
                queue = 3
                due = Int64(days.number(of: card.due))
            }
            interval = learning ? 0 : max(1, Int((card.state.memory?.stability ?? 1).rounded()))
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
