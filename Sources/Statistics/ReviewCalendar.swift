import Foundation
import Store

/// Answers per study day over the past year, for a GitHub-style heatmap: whole weeks from Monday, 53 of them,
/// ending with the week of today. Each day with answers gets a shade from 1 to 4, by quarters of the busiest day.
public struct ReviewCalendar: Equatable, Sendable, Encodable {
    /// The Monday the calendar starts on.
    public var from: StudyDate
    /// The last day shown: today.
    public var through: StudyDate
    /// Answers on each day from `from` through `through`.
    public var counts: [Int]

    public static let weeks = 53
    public static let levels = 4

    public init(from: StudyDate, through: StudyDate, counts: [Int]) {
        self.from = from
        self.through = through
        self.counts = counts
    }

    /// The calendar of these answers, for the year up to `today`.
    public init(_ reviews: [ReviewLog], today: StudyDate, calendar: StudyCalendar) {
        let from = today.startOfWeek.adding(days: -7 * (Self.weeks - 1))
        var counts = Array(repeating: 0, count: today.days(since: from) + 1)
        for review in reviews {
            let index = calendar.date(of: review.reviewedAt).days(since: from)
            if counts.indices.contains(index) { counts[index] += 1 }
        }
        self.init(from: from, through: today, counts: counts)
    }

    public var total: Int { counts.reduce(0, +) }
    public var activeDays: Int { counts.filter { $0 > 0 }.count }
    public var busiest: Int { counts.max() ?? 0 }

    /// The answers on `date`, nil outside the calendar.
    public func count(on date: StudyDate) -> Int? {
        let index = date.days(since: from)
        return counts.indices.contains(index) ? counts[index] : nil
    }

    /// 0 for a day without answers, else 1…4: ⌈4 · count / busiest⌉, so the busiest day is 4 and a day with
    /// up to a quarter of its answers is 1.
    public func level(of count: Int) -> Int {
        guard count > 0, busiest > 0 else { return 0 }
        return (Self.levels * count + busiest - 1) / busiest
    }

    enum CodingKeys: String, CodingKey {
        case from, through, total, activeDays, busiest, days
    }

    /// The days with answers, dated; days without are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(through, forKey: .through)
        try container.encode(total, forKey: .total)
        try container.encode(activeDays, forKey: .activeDays)
        try container.encode(busiest, forKey: .busiest)
        let days = counts.enumerated().filter { $0.element > 0 }
            .map { DatedCount(date: from.adding(days: $0.offset), count: $0.element) }
        try container.encode(days, forKey: .days)
    }
}
