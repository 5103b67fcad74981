import Foundation
import Store

/// Which study day a moment belongs to: the local date in `timeZone`, the day before when the local time is
/// earlier than the day-start hour (with a start at 4, a review at 01:00 on 2 March counts for 1 March).
/// The same rule as the store's `StudyDay`, worked out with arithmetic so that a year of answers is quick.
public struct StudyCalendar: Sendable {
    public let timeZone: TimeZone
    public let dayStartHour: Int

    public init(timeZone: TimeZone, dayStartHour: Int) {
        self.timeZone = timeZone
        self.dayStartHour = dayStartHour
    }

    /// The calendar of the decks in a history: their day-start hour when they agree (or there is one deck),
    /// else the default hour 4, so that all decks' answers fall into the same days.
    public init(for decks: [Deck], timeZone: TimeZone) {
        let hours = Set(decks.map(\.dayStartHour))
        let agreed = hours.count == 1 ? hours.first : nil
        self.init(timeZone: timeZone, dayStartHour: agreed ?? Self.defaultDayStartHour)
    }

    public static let defaultDayStartHour = 4

    /// The study day that contains `moment`.
    public func date(of moment: Date) -> StudyDate {
        let seconds = moment.timeIntervalSince1970.rounded(.down)
        let local = Int(seconds) + timeZone.secondsFromGMT(for: moment) - dayStartHour * 3600
        let (quotient, remainder) = local.quotientAndRemainder(dividingBy: 86400)
        return StudyDate(ordinal: remainder < 0 ? quotient - 1 : quotient)
    }
}

// The store counts the review log by these days.
extension StudyCalendar: StudyDayRule {
    public func day(of moment: Date) -> Int { date(of: moment).ordinal }

    /// The day-start hour's moment at the local offset then, checked against `date(of:)`; where a clock change
    /// makes that moment wrong, the first second of the day is searched for.
    public func start(of day: Int) -> Date {
        func dayOfSecond(_ second: Int) -> Int { date(of: Date(timeIntervalSince1970: Double(second))).ordinal }
        let local = day * 86400 + dayStartHour * 3600
        let near = local - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(local)))
        let guess = local - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: Double(near)))
        if dayOfSecond(guess) >= day && dayOfSecond(guess - 1) < day { return Date(timeIntervalSince1970: Double(guess)) }
        // Offsets stay within a day of UTC: the day starts between these two seconds.
        var before = local - 2 * 86400
        var from = local + 2 * 86400
        while from - before > 1 {
            let middle = (before + from) / 2
            if dayOfSecond(middle) >= day { from = middle } else { before = middle }
        }
        return Date(timeIntervalSince1970: Double(from))
    }
}
