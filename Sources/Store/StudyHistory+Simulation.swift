import Foundation
import Scheduler

extension StudyHistory {
    /// The deck as a workload simulation starts from it at `now`: its studied cards with their memory, its new
    /// cards and limits, and the learner's own answer shares and answer times where the log has enough of them
    /// (fsrs-rs's defaults where it does not).
    public func simulationStart(days: Int, now: Date) -> (configuration: SimulationConfiguration, cards: [SimulatedCard]) {
        let deck = decks.first
        var configuration = SimulationConfiguration(
            newCards: cards.count { $0.card.state == .new && !$0.card.suspended }, days: days,
            newCardsPerDay: deck?.newCardsPerDay ?? 20, maximumReviewsPerDay: deck?.maximumReviewsPerDay ?? 9_999,
            maximumInterval: deck?.maximumInterval ?? 36_500)
        configuration.relearningStepCount = deck?.relearningSteps.count ?? 1
        configuration.learningStepCount = deck?.learningSteps.count ?? 2

        let first = reviews.filter { $0.stateBefore == .new }
        if first.count >= 20 { configuration.firstRatingShares = Self.shares(first, of: [.again, .hard, .good, .easy]) }
        let recalled = reviews.filter { $0.stateBefore == .review && $0.rating != .again }
        if recalled.count >= 20 { configuration.recallRatingShares = Self.shares(recalled, of: [.hard, .good, .easy]) }
        configuration.learningSeconds = Self.seconds(
            reviews.filter { $0.stateBefore == .new || $0.stateBefore == .learning },
            default: configuration.learningSeconds)
        configuration.reviewSeconds = Self.seconds(
            reviews.filter { $0.stateBefore == .review },
            default: configuration.reviewSeconds)
        configuration.relearningSeconds = Self.seconds(
            reviews.filter { $0.stateBefore == .relearning },
            default: configuration.relearningSeconds)

        func day(_ date: Date) -> Int { Int((date.timeIntervalSince(now) / 86_400).rounded(.down)) }
        let studied: [SimulatedCard] = cards.compactMap { listing in
            let card = listing.card
            guard !card.suspended, let memory = card.state.memory, let lastReview = card.lastReview else { return nil }
            return SimulatedCard(
                memory: memory,
                lastReviewDay: day(lastReview), dueDay: max(0, day(card.due)))
        }
        return (configuration, studied)
    }

    private static func shares(_ log: [ReviewLog], of ratings: [Rating]) -> [Double] {
        let counts = ratings.map { rating in Double(log.count { $0.rating == rating }) }
        let total = counts.reduce(0, +)
        return counts.map { $0 / total }
    }

    /// Mean seconds per answer for each rating with at least 5 timed answers; the default for the others.
    /// Answers over 5 minutes are left out: the learner was away, not thinking.
    private static func seconds(_ log: [ReviewLog], default defaults: [Double]) -> [Double] {
        Rating.allCases.map { rating in
            let times = log.filter { $0.rating == rating && $0.durationMilliseconds > 0 && $0.durationMilliseconds <= 300_000 }
                .map { Double($0.durationMilliseconds) / 1000 }
            return times.count >= 5 ? times.reduce(0, +) / Double(times.count) : defaults[rating.rawValue - 1]
        }
    }
}
