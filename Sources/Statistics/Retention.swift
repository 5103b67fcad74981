import Foundation
import Scheduler
import Store

/// How well the learner remembers: the true retention of the last days (answers to cards in review that were
/// not Again), the retention the decks schedule for, and FSRS's estimate of recall across the collection now.
public struct Retention: Equatable, Sendable, Encodable {
    /// The study days counted, ending today.
    public var days: Int
    /// Answers given to cards in the review state in those days.
    public var reviewAnswers: Int
    /// Of them, those not rated Again.
    public var passed: Int
    /// The retention the decks schedule for: one deck's, or the decks' weighted by their cards.
    public var desired: Double?
    /// The mean probability of recall now, over the studied cards (not new, not suspended), from FSRS.
    public var averageRetrievability: Double?
    /// How many cards that mean is over.
    public var cardsWithMemory: Int

    /// `passed / reviewAnswers`; nil without review answers.
    public var trueRetention: Double? { reviewAnswers == 0 ? nil : Double(passed) / Double(reviewAnswers) }

    public static let defaultDays = 30

    public init(
        days: Int, reviewAnswers: Int, passed: Int, desired: Double?, averageRetrievability: Double?,
        cardsWithMemory: Int
    ) {
        self.days = days
        self.reviewAnswers = reviewAnswers
        self.passed = passed
        self.desired = desired
        self.averageRetrievability = averageRetrievability
        self.cardsWithMemory = cardsWithMemory
    }

    /// The retention figures of a digest at `now`, whose details cover the last `days` days. Retrievability
    /// counts whole days since the last review, as FSRS does, with each card's deck's parameters; a card the
    /// scheduler cannot read is left out.
    public init(_ digest: StudyDigest, days: Int = defaultDays, now: Date, today: StudyDate) {
        var answers = 0
        var passed = 0
        for offset in 0..<days {
            guard let detail = digest.reviews.details[today.ordinal - offset] else { continue }
            answers += detail.reviewAnswers
            passed += detail.passedReviews
        }

        var schedulers: [Int64: Scheduler] = [:]
        for deck in digest.decks {
            if let id = deck.id, let parameters = try? deck.schedulerParameters(fuzz: false) {
                schedulers[id] = Scheduler(parameters: parameters)
            }
        }
        var sum = 0.0
        var count = 0
        let moment = Timestamp(now)
        // The cards come deck by deck, so the scheduler is looked up when the deck changes, not for every card.
        var deck: (id: Int64, scheduler: Scheduler?)?
        for (card, deckID) in zip(digest.cards, digest.cardDeckIDs) where !card.suspended && card.state != .new {
            if deck?.id != deckID { deck = (deckID, schedulers[deckID]) }
            guard let scheduler = deck?.scheduler, let recall = scheduler.retrievability(of: card.schedulerCard, at: moment)
            else { continue }
            sum += recall
            count += 1
        }

        self.init(
            days: days, reviewAnswers: answers, passed: passed,
            desired: Self.desiredRetention(digest), averageRetrievability: count == 0 ? nil : sum / Double(count),
            cardsWithMemory: count)
    }

    /// One deck's desired retention; for several, their mean weighted by their cards (plain when none has cards).
    static func desiredRetention(_ digest: StudyDigest) -> Double? {
        guard !digest.decks.isEmpty else { return nil }
        var cardsPerDeck: [Int64: Int] = [:]
        for deckID in digest.cardDeckIDs { cardsPerDeck[deckID, default: 0] += 1 }
        let weights = digest.decks.map { Double(cardsPerDeck[$0.id ?? -1] ?? 0) }
        let totalWeight = weights.reduce(0, +)
        if totalWeight == 0 {
            return digest.decks.map(\.desiredRetention).reduce(0, +) / Double(digest.decks.count)
        }
        return zip(digest.decks, weights).map { $0.desiredRetention * $1 }.reduce(0, +) / totalWeight
    }

    enum CodingKeys: String, CodingKey {
        case days, reviewAnswers, passed, trueRetention, desired, averageRetrievability, cardsWithMemory
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(days, forKey: .days)
        try container.encode(reviewAnswers, forKey: .reviewAnswers)
        try container.encode(passed, forKey: .passed)
        try container.encode(trueRetention, forKey: .trueRetention)
        try container.encode(desired, forKey: .desired)
        try container.encode(averageRetrievability, forKey: .averageRetrievability)
        try container.encode(cardsWithMemory, forKey: .cardsWithMemory)
    }
}
