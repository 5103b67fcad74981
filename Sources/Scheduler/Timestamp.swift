import Foundation

/// An instant as whole microseconds since 1970-01-01T00:00:00Z: the resolution of py-fsrs's `datetime`,
/// held exactly.
///
/// Not `Date`: a `Date` is a Double count of seconds since 2001 and cannot hold every microsecond a few
/// decades away from 2001 (two centuries on it is off by up to a microsecond), and a review exactly one day
/// after the last one must count as one day, not as 0.99999999 of one.
public struct Timestamp: Sendable, Hashable, Comparable, Codable {
    public var microsecondsSince1970: Int64

    public init(microsecondsSince1970: Int64) {
        self.microsecondsSince1970 = microsecondsSince1970
    }

    /// The nearest microsecond to `date` (dates beyond about 290,000 years from 1970 are pinned to that range).
    public init(_ date: Date) {
        let microseconds = (date.timeIntervalSince1970 * 1_000_000).rounded()
        self.init(microsecondsSince1970: microseconds.isNaN ? 0 : Int64(min(max(microseconds, -9e18), 9e18)))
    }

    /// Encoded as the bare number of microseconds, the way a database column would hold it.
    public init(from decoder: any Decoder) throws {
        microsecondsSince1970 = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(microsecondsSince1970)
    }

    public var date: Date {
        Date(timeIntervalSince1970: Double(microsecondsSince1970) / 1_000_000)
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool {
        lhs.microsecondsSince1970 < rhs.microsecondsSince1970
    }

    /// The instant `duration` later (earlier if negative), to the microsecond.
    public func advanced(by duration: Duration) -> Timestamp {
        advanced(byMicroseconds: Self.microseconds(duration))
    }

    /// The time from `earlier` to this instant.
    public func duration(since earlier: Timestamp) -> Duration {
        .microseconds(Self.saturating(microsecondsSince1970.subtractingReportingOverflow(earlier.microsecondsSince1970)))
    }

    static let microsecondsPerDay: Int64 = 86_400_000_000

    /// Whole days from `earlier` to this instant, floored as Python's `timedelta.days` is (−1 for a minute back).
    func wholeDays(since earlier: Timestamp) -> Int {
        let microseconds = Self.saturating(microsecondsSince1970.subtractingReportingOverflow(earlier.microsecondsSince1970))
        let (quotient, remainder) = microseconds.quotientAndRemainder(dividingBy: Self.microsecondsPerDay)
        return Int(remainder < 0 ? quotient - 1 : quotient)
    }

    func advanced(byMicroseconds microseconds: Int64) -> Timestamp {
        Timestamp(microsecondsSince1970: Self.saturating(microsecondsSince1970.addingReportingOverflow(microseconds)))
    }

    /// A duration in whole microseconds, truncating anything finer (which `timedelta` cannot hold either).
    static func microseconds(_ duration: Duration) -> Int64 {
        let (seconds, attoseconds) = duration.components
        let (whole, overflow) = seconds.multipliedReportingOverflow(by: 1_000_000)
        if overflow { return seconds < 0 ? .min : .max }
        return saturating(whole.addingReportingOverflow(attoseconds / 1_000_000_000_000))
    }

    /// `numerator / denominator` rounded half to even, as `timedelta` rounds a division or a product with a float
    /// (so the Hard delay between steps of 1 s and 2 µs is what py-fsrs makes it).
    static func divideRoundingHalfToEven(_ numerator: Int64, by denominator: Int64) -> Int64 {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        let twice = remainder.magnitude * 2
        if twice > denominator.magnitude || (twice == denominator.magnitude && quotient % 2 != 0) {
            return (numerator < 0) == (denominator < 0) ? quotient + 1 : quotient - 1
        }
        return quotient
    }

    /// Instants hundreds of thousands of years apart stop at the ends of the range rather than trap.
    private static func saturating(_ result: (partialValue: Int64, overflow: Bool)) -> Int64 {
        guard result.overflow else { return result.partialValue }
        return result.partialValue < 0 ? .max : .min
    }
}
