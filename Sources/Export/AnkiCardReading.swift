import Foundation
import Scheduler
import Store

/// An Anki card row as a Tifa card: its state from `type`, its due moment from `due` (a position, a day number
/// or epoch seconds by queue), suspended (`queue` -1) or buried (-2, -3: until the end of today's study day),
/// its FSRS memory state from `data` (`s`, `d`) when Anki has one, else from the replayed history, else estimated
/// from the SM-2 interval and ease. A card in a filtered deck is read at home (`odue`).
struct AnkiCardReading {
    let state: CardState
    let due: Date
    let lastReview: Date?
    let reps: Int
    let lapses: Int
    let suspended: Bool
    let buried: Bool
    /// Whether the memory state came from the card's `data`, the replayed log, or an estimate.
    let memorySource: MemorySource

    enum MemorySource: Equatable {
        case none, anki, history, estimate
    }

    private struct CardData: Decodable {
        var s: Double?
        var d: Double?
        var lrt: Int64?
    }

    init(
        _ card: AnkiCardRow, history: AnkiHistory, calendar: AnkiCalendar,
        learningSteps: Int, relearningSteps: Int, now: Date
    ) {
        let data = (try? JSONDecoder().decode(CardData.self, from: Data(card.data.utf8)))
        let due = card.originalDeckID != 0 && card.originalDue != 0 ? card.originalDue : card.due
        suspended = card.queue == -1
        buried = card.queue == -2 || card.queue == -3
        let lastReview = data?.lrt.map { Date(timeIntervalSince1970: TimeInterval($0)) } ?? history.lastReview

        func dueMoment() -> Date {
            // Learning: epoch seconds in queues 1 and 4 (Anki reads any due above 10⁹ so), else a day number.
            due > 1_000_000_000 ? Date(timeIntervalSince1970: TimeInterval(due)) : calendar.start(ofDay: due)
        }
        let kind: CardState.Kind =
            switch card.type {
            case 1: .learning
            case 2: .review
            case 3: .relearning
            default: .new
            }
        func memoryAndSource() -> (MemoryState, MemorySource) {
            if let s = data?.s, let d = data?.d, s > 0 {
                return (MemoryState(stability: s, difficulty: min(10, max(1, d))), .anki)
            }
            if let replayed = history.memory { return (replayed, .history) }
            let estimate = MemoryState(
                stability: max(Double(card.interval), 0.5),
                difficulty: min(10, max(1, 10 - Double(card.factor - 1300) / 1700 * 9)))
            return (estimate, .estimate)
        }
        func step(of steps: Int) -> Int { max(0, min(max(steps - 1, 0), steps - card.left % 1000)) }
        switch kind {
        case .new:
            state = .new
            memorySource = .none
        case .learning:
            let (memory, source) = memoryAndSource()
            state = .learning(step: step(of: learningSteps), memory: memory)
            memorySource = source
        case .review:
            let (memory, source) = memoryAndSource()
            state = .review(memory: memory)
            memorySource = source
        case .relearning:
            let (memory, source) = memoryAndSource()
            state = .relearning(step: step(of: relearningSteps), memory: memory)
            memorySource = source
        }
        let dueDate: Date =
            switch kind {
            case .new: now
            case .learning, .relearning: dueMoment()
            case .review: calendar.start(ofDay: due)
            }
        self.due = dueDate
        self.lastReview =
            kind == .new
            ? nil
            : lastReview ?? (kind == .review ? calendar.start(ofDay: due - Int64(max(card.interval, 1))) : dueDate)
        reps = card.reps
        lapses = card.lapses
    }
}
