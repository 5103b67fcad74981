import Foundation

/// The study day that contains a moment: it starts at the deck's day-start hour, local time, so reviews done
/// at 1 a.m. with a day start of 4 count for the day before. Daily limits and "due today" are counted per study day.
public struct StudyDay: Equatable, Sendable {
    public let start: Date
    /// The start of the next study day: a card due before it is due today.
    public let end: Date

    public init(containing now: Date, dayStartHour: Int, timeZone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        func dayStart(of moment: Date, addingDays days: Int) -> Date {
            // (The calendar answers nil only for dates tens of thousands of years away; a day of 24 hours stands in.)
            let day = calendar.date(byAdding: .day, value: days, to: moment) ?? moment.addingTimeInterval(Double(days) * 86_400)
            var components = calendar.dateComponents([.year, .month, .day], from: day)
            components.hour = dayStartHour
            // On a day whose start hour is skipped by a clock change, the calendar gives the next valid moment.
            return calendar.date(from: components) ?? day
        }
        let todayStart = dayStart(of: now, addingDays: 0)
        start = now >= todayStart ? todayStart : dayStart(of: now, addingDays: -1)
        end = dayStart(of: start, addingDays: 1)
    }
}
