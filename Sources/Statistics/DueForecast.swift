import Foundation
import Store

/// How many cards fall due on each of the next days, and the review load that implies. New and suspended cards
/// are left out; a card already overdue is counted today, as it would be studied today.
public struct DueForecast: Equatable, Sendable, Encodable {
    /// Cards due on each study day from today: `due[0]` is today (overdue cards included), `due[1]` tomorrow.
    public var due: [Int]
    public var from: StudyDate
    /// Of today's cards, those due before today.
    public var overdue: Int
    /// Cards due over the whole window.
    public var total: Int
    /// `total` spread over the window's days.
    public var averagePerDay: Double
    /// Reviews a day the collection asks for in the long run: the sum of 1/interval over the review cards
    /// (Anki's daily load), a card with an interval of 10 days adding a tenth of a review to every day.
    public var dailyLoad: Double

    public var days: Int { due.count }

    public init(due: [Int], from: StudyDate, overdue: Int, dailyLoad: Double) {
        self.due = due
        self.from = from
        self.overdue = overdue
        total = due.reduce(0, +)
        averagePerDay = due.isEmpty ? 0 : Double(total) / Double(due.count)
        self.dailyLoad = dailyLoad
    }

    /// The forecast of `days` days from `today` for these cards.
    public init(_ cards: [Card], days: Int, today: StudyDate, calendar: StudyCalendar) {
        var due = Array(repeating: 0, count: max(0, days))
        var overdue = 0
        var load = 0.0
        for card in cards where !card.suspended && card.state != .new {
            let offset = calendar.date(of: card.due).days(since: today)
            if offset < 0 { overdue += 1 }
            let day = max(0, offset)
            if day < due.count { due[day] += 1 }
            if card.state.kind == .review { load += 1 / Double(max(1, card.intervalDays)) }
        }
        self.init(due: due, from: today, overdue: overdue, dailyLoad: load)
    }

    enum CodingKeys: String, CodingKey {
        case from, days, due, overdue, total, averagePerDay, dailyLoad
    }

    /// `due` as dated entries, so that a script need not count days.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(days, forKey: .days)
        try container.encode(due.enumerated().map { DatedCount(date: from.adding(days: $0), count: $1) }, forKey: .due)
        try container.encode(overdue, forKey: .overdue)
        try container.encode(total, forKey: .total)
        try container.encode(averagePerDay, forKey: .averagePerDay)
        try container.encode(dailyLoad, forKey: .dailyLoad)
    }
}

/// A count on a date, as the JSON output lists them.
struct DatedCount: Encodable {
    var date: StudyDate
    var count: Int
}
