import Foundation
import Store

/// Answers per study day over the past year, for a GitHub-style heatmap: whole weeks from Monday, 53 of them,
/// ending with the week of today. Each day with answers gets a shade from 1 to 4 by the quartile of the days with
/// answers it falls in, so that one very busy day does not leave all the others pale.
public struct ReviewCalendar: Equatable, Sendable, Encodable {
    /// The Monday the calendar starts on.
    public var from: StudyDate
    /// The last day shown: today.
    public var through: StudyDate
    /// Answers on each day from `from` through `through`.
    public let counts: [Int]
    /// The upper bounds of shades 1, 2 and 3: the quartiles of the days with answers.
    public let quartiles: [Int]

    public static let weeks = 53
    public static let levels = 4
    /// The days, ending with today, whose answers a calendar needs counted: its 53 weeks start at most 6 days
    /// before today's week does.
    public static let countedDays = weeks * 7

    public init(from: StudyDate, through: StudyDate, counts: [Int]) {
        self.from = from
        self.through = through
        self.counts = counts
        quartiles = Self.quartiles(of: counts.filter { $0 > 0 })
    }

    /// The calendar of the answers counted by day, for the year up to `today`.
    public init(_ reviews: ReviewDays, today: StudyDate) {
        let from = today.startOfWeek.adding(days: -7 * (Self.weeks - 1))
        let counts = (0...today.days(since: from)).map { reviews.answers[from.ordinal + $0] ?? 0 }
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

    /// 0 for a day without answers; else 1 up to the first quartile, 2 up to the median, 3 up to the third
    /// quartile, 4 above it.
    public func level(of count: Int) -> Int {
        guard count > 0 else { return 0 }
        return 1 + quartiles.filter { count > $0 }.count
    }

    /// The nearest-rank quartiles: the values at ranks ⌈n/4⌉, ⌈n/2⌉ and ⌈3n/4⌉ of the sorted counts.
    static func quartiles(of counts: [Int]) -> [Int] {
        guard !counts.isEmpty else { return [] }
        let sorted = counts.sorted()
        return [1, 2, 3].map { quarter in sorted[(quarter * sorted.count + 3) / 4 - 1] }
    }

    enum CodingKeys: String, CodingKey {
        case from, through, total, activeDays, busiest, quartiles, days
    }

    /// The days with answers, dated; days without are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(from, forKey: .from)
        try container.encode(through, forKey: .through)
        try container.encode(total, forKey: .total)
        try container.encode(activeDays, forKey: .activeDays)
        try container.encode(busiest, forKey: .busiest)
        try container.encode(quartiles, forKey: .quartiles)
        let days = counts.enumerated().filter { $0.element > 0 }
            .map { DatedCount(date: from.adding(days: $0.offset), count: $0.element) }
        try container.encode(days, forKey: .days)
    }
}
