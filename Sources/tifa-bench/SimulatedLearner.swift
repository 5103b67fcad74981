import Foundation
import Scheduler

/// A learner whose memory follows FSRS-6 with parameters of its own, unlike the defaults, reviewing cards that
/// Tifa schedules with the default parameters: the data an optimizer must recover those parameters from.
struct SimulatedLearner {
    /// The learner's true parameters: each default scaled by a factor drawn from 0.4…1.8, kept in bounds.
    let parameters: [Double]
    let seed: UInt64
    var cardCount = 6_000
    var days = 548

    /// fsrs-rs's simulator defaults: first answers, and Hard/Good/Easy among recalls.
    static let firstRatingShares = [0.24, 0.094, 0.495, 0.171]
    static let recallRatingShares = [0.224, 0.631, 0.145]
    /// Seconds to answer in review, by rating (fsrs-rs's `state_rating_costs`, review row).
    static let answerSeconds = [19.38, 17.59, 12.38, 8.94]

    init(seed: UInt64) {
        self.seed = seed
        var random = SplitMix64(seed: seed &* 7919)
        parameters = zip(SchedulerParameters.defaultWeights, SchedulerParameters.weightBounds).map { weight, bounds in
            let scaled = weight * (0.4 + 1.4 * random.nextUnitInterval())
            return min(max(scaled, bounds.lowerBound), bounds.upperBound)
        }
    }

    struct Review {
        var card: Int
        var rating: Rating
        var time: Timestamp
        var milliseconds: Int
    }

    /// Every review of every card, card by card, each card's in time order. New cards are introduced evenly
    /// over the period, at a random time of day; reviews come when Tifa (default parameters, 90 % retention,
    /// steps 1m 10m, relearning 10m, fuzz) schedules them, a few hours late on day intervals.
    func reviews() throws -> [Review] {
        let scheduler = Scheduler(parameters: .default)
        let memory = Scheduler(parameters: try SchedulerParameters(weights: parameters, isFuzzEnabled: false))
        let decay = parameters[20]
        let factor = pow(0.9, -1 / decay) - 1
        var random = SplitMix64(seed: seed)
        let start = Timestamp(microsecondsSince1970: 1_735_689_600_000_000)
        let end = start.advanced(by: .seconds(Int64(days) * 86_400))
        var result: [Review] = []
        for index in 0..<cardCount {
            let day = Int64(index * days / cardCount)
            var now = start.advanced(by: .seconds(day * 86_400 + 28_800 + Int64(random.next() % 43_200)))
            var scheduled = ScheduledCard(id: UInt64(index + 1), due: now)
            var learner = ScheduledCard(id: UInt64(index + 1), due: now)
            while now < end {
                let rating: Rating
                if let last = learner.lastReview, let stability = learner.state.memory?.stability {
                    let seconds = Double(now.microsecondsSince1970 - last.microsecondsSince1970) / 1e6
                    // Whole days, as the model counts them; within the first day, the fraction of it.
                    let days = seconds >= 86_400 ? (seconds / 86_400).rounded(.down) : seconds / 86_400
                    let recall = pow(1 + factor * days / stability, -decay)
                    rating =
                        random.nextUnitInterval() < recall
                        ? Self.draw(Self.recallRatingShares, &random, offset: 2) : .again
                } else {
                    rating = Self.draw(Self.firstRatingShares, &random, offset: 1)
                }
                let milliseconds = Int(Self.answerSeconds[rating.rawValue - 1] * (0.6 + 0.8 * random.nextUnitInterval()) * 1000)
                result.append(Review(card: index, rating: rating, time: now, milliseconds: milliseconds))
                scheduled = scheduler.review(scheduled, rating: rating, now: now).card
                learner = memory.review(learner, rating: rating, now: now).card
                let wait = scheduled.due.duration(since: now)
                now = scheduled.due
                if wait >= .seconds(86_400) { now = now.advanced(by: .seconds(Int64(random.next() % 21_600))) }
            }
        }
        return result
    }

    private static func draw(_ shares: [Double], _ random: inout SplitMix64, offset: Int) -> Rating {
        // The ratings from the one numbered `offset` on, one a share.
        let ratings = Rating.allCases.filter { $0.rawValue >= offset }.prefix(shares.count)
        var x = random.nextUnitInterval()
        for (rating, share) in zip(ratings, shares) {
            x -= share
            if x < 0 { return rating }
        }
        return ratings.last ?? .good
    }

    /// Each card's reviews as a training history.
    static func histories(_ reviews: [Review], cards: (Int) -> Bool = { _ in true }) -> [TrainingItems.History] {
        var byCard: [Int: [(rating: Rating, time: Timestamp)]] = [:]
        for review in reviews where cards(review.card) { byCard[review.card, default: []].append((review.rating, review.time)) }
        return byCard.keys.sorted().map { TrainingItems.History(reviews: byCard[$0] ?? []) }
    }

    /// The reviews as `tifa fsrs replay` JSON Lines, in time order.
    static func jsonLines(_ reviews: [Review]) -> String {
        reviews.sorted { ($0.time, $0.card) < ($1.time, $1.card) }.map {
            #"{"card": "c\#($0.card)", "rating": \#($0.rating.rawValue), "time": "\#($0.time.iso8601)", "duration": \#($0.milliseconds)}"#
        }.joined(separator: "\n") + "\n"
    }
}
