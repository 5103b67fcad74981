import Foundation
import Store
import Testing
import TifaTestSupport

@testable import Statistics

@Suite("Study days")
struct CalendarTests {
    /// Ordinals from Python: (date(y, m, d) - date(1970, 1, 1)).days; weekdays from date.isoweekday().
    @Test(arguments: [
        (1970, 1, 1, 0, 4), (1969, 12, 31, -1, 3), (2000, 2, 29, 11016, 2), (2025, 3, 1, 20148, 6),
        (1600, 3, 1, -135080, 3),
    ])
    func civilDates(year: Int, month: Int, day: Int, ordinal: Int, weekday: Int) {
        let date = StudyDate(year: year, month: month, day: day)
        #expect(date.ordinal == ordinal)
        #expect(date.weekday == weekday)
        #expect(StudyDate(ordinal: ordinal).year == year)
        #expect(StudyDate(ordinal: ordinal).month == month)
        #expect(StudyDate(ordinal: ordinal).day == day)
    }

    @Test func describesItselfAsISODate() {
        #expect(StudyDate(year: 2025, month: 3, day: 1).description == "2025-03-01")
        #expect(StudyDate(year: 2025, month: 3, day: 1).startOfWeek.description == "2025-02-24")
    }

    @Test("a moment before the day-start hour belongs to the day before, local time")
    func dayStart() {
        let calendar = StudyCalendar(timeZone: shanghai, dayStartHour: 4)
        #expect(calendar.date(of: beijing("2025-03-02 03:59")) == StudyDate(year: 2025, month: 3, day: 1))
        #expect(calendar.date(of: beijing("2025-03-02 04:00")) == StudyDate(year: 2025, month: 3, day: 2))
        #expect(calendar.date(of: beijing("2025-03-01 00:00")) == StudyDate(year: 2025, month: 2, day: 28))
    }

    /// New York's clocks went forward at 02:00 on 9 March 2025 (EST to EDT) and back at 02:00 on 2 November.
    @Test("across a clock change the local hour decides, as the store's StudyDay does")
    func daylightSaving() throws {
        let newYork = try #require(TimeZone(identifier: "America/New_York"))
        let calendar = StudyCalendar(timeZone: newYork, dayStartHour: 4)
        let formatter = ISO8601DateFormatter()
        func at(_ text: String) -> Date { formatter.date(from: text)! }
        #expect(calendar.date(of: at("2025-03-09T07:59:00Z")) == StudyDate(year: 2025, month: 3, day: 8))  // 03:59 EDT
        #expect(calendar.date(of: at("2025-03-09T08:00:00Z")) == StudyDate(year: 2025, month: 3, day: 9))  // 04:00 EDT
        #expect(calendar.date(of: at("2025-11-02T08:59:00Z")) == StudyDate(year: 2025, month: 11, day: 1))  // 03:59 EST
        #expect(calendar.date(of: at("2025-11-02T09:00:00Z")) == StudyDate(year: 2025, month: 11, day: 2))  // 04:00 EST
    }

    @Test("decks that disagree on the day-start hour are counted from 4:00")
    func mixedDecks() {
        let decks = [
            Deck(name: "a", created: Date(timeIntervalSince1970: 0), dayStartHour: 6),
            Deck(name: "b", created: Date(timeIntervalSince1970: 0), dayStartHour: 2),
        ]
        #expect(StudyCalendar(for: decks, timeZone: shanghai).dayStartHour == 4)
        #expect(StudyCalendar(for: [decks[0]], timeZone: shanghai).dayStartHour == 6)
    }

    @Test("a streak still stands on a day not yet studied, and breaks after a day missed")
    func streaks() {
        let today = StudyDate(year: 2025, month: 3, day: 1)
        let days = Set([-1, -2, -3, -10, -11, -12, -13].map { today.adding(days: $0) })
        #expect(Streak(studied: days, today: today) == Streak(current: 3, longest: 4))
        #expect(Streak(studied: days, today: today.adding(days: 1)) == Streak(current: 0, longest: 4))
        #expect(Streak(studied: [], today: today) == Streak(current: 0, longest: 0))
    }
}

@Suite("Heatmap shades")
struct ShadeTests {
    /// n = 8: ranks ⌈8/4⌉ = 2, ⌈8/2⌉ = 4, ⌈24/4⌉ = 6 of [1, 2, 3, 4, 5, 6, 7, 100] are 2, 4, 6.
    @Test func quartilesByNearestRank() {
        #expect(ReviewCalendar.quartiles(of: [100, 7, 6, 5, 4, 3, 2, 1]) == [2, 4, 6])
        #expect(ReviewCalendar.quartiles(of: [5]) == [5, 5, 5])
        #expect(ReviewCalendar.quartiles(of: []) == [])
    }

    @Test("one very busy day does not leave the others pale")
    func busyDay() {
        let today = StudyDate(year: 2025, month: 3, day: 1)
        let calendar = ReviewCalendar(from: today.adding(days: -7), through: today, counts: [0, 1, 2, 3, 4, 5, 6, 7, 100])
        #expect(calendar.counts.map(calendar.level) == [0, 1, 1, 2, 2, 3, 3, 4, 4])
    }

    /// The store counts answers between the days' first moments, so each must be the first second `date(of:)`
    /// puts in its day, across clock changes (New York and London an hour, Lord Howe half an hour) and day starts.
    @Test(
        "a day's first moment is the first second in it",
        arguments: [
            ("America/New_York", 4), ("America/New_York", 2), ("Europe/London", 1), ("Australia/Lord_Howe", 2),
            ("Asia/Kolkata", 0), ("Asia/Shanghai", 4),
        ])
    func dayStarts(zone: String, hour: Int) throws {
        let calendar = StudyCalendar(timeZone: try #require(TimeZone(identifier: zone)), dayStartHour: hour)
        let first = StudyDate(year: 2024, month: 1, day: 1).ordinal
        for day in first..<(first + 400) {
            let start = calendar.start(of: day)
            #expect(calendar.day(of: start) == day, "\(zone) \(StudyDate(ordinal: day))")
            #expect(calendar.day(of: start.addingTimeInterval(-0.001)) == day - 1, "\(zone) \(StudyDate(ordinal: day))")
            #expect(start.timeIntervalSince1970 == start.timeIntervalSince1970.rounded(.down))
        }
    }
}
