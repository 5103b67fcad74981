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
        self.init(timeZone: timeZone, dayStartHour: hours.count == 1 ? hours.first! : Self.defaultDayStartHour)
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
