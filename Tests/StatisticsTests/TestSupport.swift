import Foundation
import Scheduler
import Statistics
import Store
import TifaTestSupport

/// A moment written as Beijing wall-clock time, "2025-03-01 09:00" (UTC+8 all year).
func beijing(_ text: String) -> Date {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = shanghai
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    guard let date = formatter.date(from: text) else { fatalError("bad test time \(text)") }
    return date
}

/// Where a card stands after an answer, written short for the histories the tests build: a card of no note
/// whose state and schedule `HandCheckedHistory` records as an answer's outcome.
extension Store.Card {
    private static func answered(
        _ state: CardState, due: String, last: String, reps: Int, lapses: Int
    ) -> Store.Card {
        Store.Card(
            noteID: 0, type: .recognition, state: state, due: beijing(due), lastReview: beijing(last), reps: reps,
            lapses: lapses)
    }

    static func learning(
        step: Int, stability: Double, difficulty: Double, due: String, last: String,
        reps: Int, lapses: Int = 0
    ) -> Store.Card {
        answered(
            .learning(step: step, memory: MemoryState(stability: stability, difficulty: difficulty)), due: due,
            last: last, reps: reps, lapses: lapses)
    }

    static func relearning(
        stability: Double, difficulty: Double, due: String, last: String, reps: Int,
        lapses: Int
    ) -> Store.Card {
        answered(
            .relearning(step: 0, memory: MemoryState(stability: stability, difficulty: difficulty)), due: due,
            last: last, reps: reps, lapses: lapses)
    }

    static func review(
        stability: Double, difficulty: Double, due: String, last: String, reps: Int,
        lapses: Int = 0
    ) -> Store.Card {
        answered(
            .review(memory: MemoryState(stability: stability, difficulty: difficulty)), due: due, last: last,
            reps: reps, lapses: lapses)
    }
}

extension StudyStatistics {
    /// The figures as `tifa stats` computes them: from the digest the store reads.
    static func read(
        _ store: DeckStore, deck: String?, now: Date, timeZone: TimeZone,
        forecastDays: Int = defaultForecastDays
    ) throws -> StudyStatistics {
        let digest = try store.studyDigest(
            inDeckNamed: deck, through: now, countedDays: ReviewCalendar.countedDays, detailDays: Retention.defaultDays,
            hardest: HardCard.defaultLimit
        ) { StudyCalendar(for: $0, timeZone: timeZone) }
        return StudyStatistics(digest, deck: deck, now: now, timeZone: timeZone, forecastDays: forecastDays)
    }
}
