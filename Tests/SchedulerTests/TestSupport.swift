import Scheduler
import Testing

/// 2025-01-01T00:00:00Z, where the reference tables start.
let newYear = try! Timestamp(iso8601: "2025-01-01T00:00:00Z")

/// The default scheduler without fuzz, py-fsrs's `Scheduler(enable_fuzzing=False)`.
let plainScheduler = Scheduler(parameters: SchedulerParameters.default.withFuzz(false))

extension Duration {
    static func minutes(_ minutes: Int64) -> Duration { .seconds(minutes * 60) }
    static func days(_ days: Int64) -> Duration { .seconds(days * 86_400) }
}

/// Reviews a new card with each rating in turn, each exactly when it falls due.
func reviewWhenDue(_ ratings: [Rating], with scheduler: Scheduler = plainScheduler) -> [ReviewOutcome] {
    var card = ScheduledCard(id: 1, due: newYear)
    return ratings.map { rating in
        let outcome = scheduler.review(card, rating: rating, now: card.due)
        card = outcome.card
        return outcome
    }
}

/// Equal to within `relative` of the expected value (1e-12: the last bits may differ where the C library's
/// `pow` is not glibc's).
func isClose(_ actual: Double?, _ expected: Double, relative: Double = 1e-12) -> Bool {
    guard let actual else { return false }
    return abs(actual - expected) <= relative * abs(expected)
}
