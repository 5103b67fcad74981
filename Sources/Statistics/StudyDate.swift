import Scheduler

/// A study day named by its local calendar date: the day of 1 March 2025 runs from 04:00 on 1 March to 04:00
/// on 2 March when the deck's day starts at 4. Counted as days since 1970-01-01, so that the days between two
/// dates are a subtraction; the year, month and day are worked out from that count (the proleptic Gregorian
/// calendar, `CivilDays`).
public struct StudyDate: Hashable, Comparable, Sendable, Encodable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    public init(ordinal: Int) {
        self.ordinal = ordinal
    }

    public init(year: Int, month: Int, day: Int) {
        ordinal = CivilDays.dayNumber(year: year, month: month, day: day)
    }

    public var year: Int { civil.year }
    public var month: Int { civil.month }
    public var day: Int { civil.day }

    /// 1 Monday … 7 Sunday (ISO 8601); 1970-01-01 was a Thursday.
    public var weekday: Int { Self.floorModulo(ordinal + 3, 7) + 1 }

    public func adding(days: Int) -> StudyDate { StudyDate(ordinal: ordinal + days) }

    /// Days from `earlier` to this date.
    public func days(since earlier: StudyDate) -> Int { ordinal - earlier.ordinal }

    /// The Monday of this date's week.
    public var startOfWeek: StudyDate { adding(days: 1 - weekday) }

    /// "2025-03-01".
    public var description: String {
        let (year, month, day) = civil
        func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
        return "\(year)-\(twoDigits(month))-\(twoDigits(day))"
    }

    public static func < (lhs: StudyDate, rhs: StudyDate) -> Bool { lhs.ordinal < rhs.ordinal }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private var civil: (year: Int, month: Int, day: Int) { CivilDays.date(dayNumber: ordinal) }

    static func floorModulo(_ value: Int, _ divisor: Int) -> Int {
        let remainder = value % divisor
        return remainder < 0 ? remainder + divisor : remainder
    }
}
