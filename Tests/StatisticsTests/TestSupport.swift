import Foundation
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

/// Card schedules written short, for the histories the tests build.
extension Card.Schedule {
    static func learning(
        step: Int, stability: Double, difficulty: Double, due: String, last: String,
        reps: Int, lapses: Int = 0
    ) -> Card.Schedule {
        Card.Schedule(
            state: .learning, step: step, stability: stability, difficulty: difficulty, due: beijing(due),
            lastReview: beijing(last), reps: reps, lapses: lapses)
    }

    static func relearning(
        stability: Double, difficulty: Double, due: String, last: String, reps: Int,
        lapses: Int
    ) -> Card.Schedule {
        Card.Schedule(
            state: .relearning, step: 0, stability: stability, difficulty: difficulty, due: beijing(due),
            lastReview: beijing(last), reps: reps, lapses: lapses)
    }

    static func review(
        stability: Double, difficulty: Double, due: String, last: String, reps: Int,
        lapses: Int = 0
    ) -> Card.Schedule {
        Card.Schedule(
            state: .review, stability: stability, difficulty: difficulty, due: beijing(due),
            lastReview: beijing(last), reps: reps, lapses: lapses)
    }
}

extension StudyStatistics {
    /// The figures as `tifa stats` computes them: from the digest the store reads.
    static func read(
        _ store: DeckStore, deck: String?, now: Date, timeZone: TimeZone,
        forecastDays: Int = defaultForecastDays
    ) throws -> StudyStatistics {
        let digest = try store.studyDigest(
            inDeckNamed: deck, through: now, detailDays: Retention.defaultDays,
            hardest: HardCard.defaultLimit
        ) { StudyCalendar(for: $0, timeZone: timeZone) }
        return StudyStatistics(digest, deck: deck, now: now, timeZone: timeZone, forecastDays: forecastDays)
    }
}
