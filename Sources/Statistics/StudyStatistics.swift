import Foundation
import Store

/// Every figure `tifa stats` shows, computed from a study history at one moment. Pure: the time and the time
/// zone are given, nothing is read.
public struct StudyStatistics: Equatable, Sendable, Encodable {
    /// The deck's name, nil for all decks.
    public var deck: String?
    public var today: StudyDate
    public var dayStartHour: Int
    public var cards: CardCounts
    public var notes: Int
    public var notesByKind: [KindCount]
    public var activity: DayActivity
    public var streak: Streak
    /// Answers in the whole log.
    public var totalAnswers: Int
    public var forecast: DueForecast
    public var calendar: ReviewCalendar
    public var retention: Retention
    public var hardest: [HardCard]

    public static let defaultForecastDays = 30

    public init(_ history: StudyHistory, deck: String?, now: Date, timeZone: TimeZone,
                forecastDays: Int = defaultForecastDays) {
        let studyCalendar = StudyCalendar(for: history.decks, timeZone: timeZone)
        let today = studyCalendar.date(of: now)
        let cards = history.cards.map(\.card)
        // A clock set back (TIFA_NOW in the past) must not count answers from after `now`.
        let reviews = history.reviews.filter { $0.reviewedAt <= now }

        self.deck = deck
        self.today = today
        dayStartHour = studyCalendar.dayStartHour
        self.cards = CardCounts(cards)
        notes = Set(cards.map(\.noteID)).count
        notesByKind = KindCount.counts(of: history.cards)
        activity = DayActivity(reviews, on: today, calendar: studyCalendar)
        streak = Streak(studied: Set(reviews.map { studyCalendar.date(of: $0.reviewedAt) }), today: today)
        totalAnswers = reviews.count
        forecast = DueForecast(cards, days: forecastDays, today: today, calendar: studyCalendar)
        calendar = ReviewCalendar(reviews, today: today, calendar: studyCalendar)
        retention = Retention(StudyHistory(decks: history.decks, cards: history.cards, reviews: reviews),
                              now: now, calendar: studyCalendar)
        hardest = HardCard.hardest(history.cards)
    }
}

extension StudyStatistics {
    enum CodingKeys: String, CodingKey {
        case deck, today, dayStartHour, cards, notes, notesByKind, activity, streak, totalAnswers, forecast, calendar,
             retention, hardest
    }

    /// Every figure, `deck` as null for all decks rather than left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(deck, forKey: .deck)
        try container.encode(today, forKey: .today)
        try container.encode(dayStartHour, forKey: .dayStartHour)
        try container.encode(cards, forKey: .cards)
        try container.encode(notes, forKey: .notes)
        try container.encode(notesByKind, forKey: .notesByKind)
        try container.encode(activity, forKey: .activity)
        try container.encode(streak, forKey: .streak)
        try container.encode(totalAnswers, forKey: .totalAnswers)
        try container.encode(forecast, forKey: .forecast)
        try container.encode(calendar, forKey: .calendar)
        try container.encode(retention, forKey: .retention)
        try container.encode(hardest, forKey: .hardest)
    }
}
