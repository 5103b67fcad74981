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

    /// The figures of a digest read with this calendar (`StudyCalendar(for: digest.decks, timeZone:)`), up to
    /// `now`, with `ReviewCalendar.countedDays` counted, `Retention.defaultDays` of details and
    /// `HardCard.defaultLimit` hardest cards.
    public init(
        _ digest: StudyDigest, deck: String?, now: Date, timeZone: TimeZone,
        forecastDays: Int = defaultForecastDays
    ) {
        let studyCalendar = StudyCalendar(for: digest.decks, timeZone: timeZone)
        let today = studyCalendar.date(of: now)
        self.deck = deck
        self.today = today
        dayStartHour = studyCalendar.dayStartHour
        cards = CardCounts(digest.cards)
        notes = Set(digest.cards.map(\.noteID)).count
        notesByKind = KindCount.counts(digest.notesByKind)
        activity = DayActivity(digest.reviews.details[today.ordinal], on: today)
        streak = Streak(studied: Set(digest.reviews.studiedDays.map(StudyDate.init(ordinal:))), today: today)
        totalAnswers = digest.reviews.total
        forecast = DueForecast(digest.cards, days: forecastDays, today: today, calendar: studyCalendar)
        calendar = ReviewCalendar(digest.reviews, today: today)
        retention = Retention(digest, now: now, today: today)
        hardest = digest.hardest.map(HardCard.init)
    }

    /// The figures of a whole history in memory, counted as the store counts them.
    public init(
        _ history: StudyHistory, deck: String?, now: Date, timeZone: TimeZone,
        forecastDays: Int = defaultForecastDays
    ) {
        let digest = StudyDigest(
            history, through: now, rule: StudyCalendar(for: history.decks, timeZone: timeZone),
            countedDays: ReviewCalendar.countedDays, detailDays: Retention.defaultDays, hardest: HardCard.defaultLimit)
        self.init(digest, deck: deck, now: now, timeZone: timeZone, forecastDays: forecastDays)
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
