import Foundation
import Store

/// Anki's calendar for an exported collection: a review card is due on a day number, counted in study days from
/// the day the collection was created (`col.crt`), with the day starting at the rollover hour, local time.
///
/// The collection is made to start on the study day of the earliest moment it holds, so that no day number is
/// negative. Anki, importing the package, shifts every day number by the days between that start and its own
/// today, so a card keeps its calendar date (schema 11 timing with `creationOffset`,
/// `rslib/src/scheduler/timing.rs`, `sched_timing_today_v2_new`).
struct AnkiDays: Equatable {
    /// The moment the collection was created: the start of a study day.
    let creation: Date
    /// Anki's `rollover`: the local hour a study day starts at.
    let rolloverHour: Int
    let timeZone: TimeZone

    init(startingOnDayOf earliest: Date, rolloverHour: Int, timeZone: TimeZone) {
        creation = StudyDay(containing: earliest, dayStartHour: rolloverHour, timeZone: timeZone).start
        self.rolloverHour = rolloverHour
        self.timeZone = timeZone
    }

    /// The day number of the study day holding `date`: 0 on the creation day.
    func number(of date: Date) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let dayStart = StudyDay(containing: date, dayStartHour: rolloverHour, timeZone: timeZone).start
        return calendar.dateComponents(
            [.day], from: calendar.startOfDay(for: creation),
            to: calendar.startOfDay(for: dayStart)
        ).day ?? 0
    }

    /// Anki's `creationOffset`: minutes west of UTC at the creation (Shanghai, UTC+8, is -480).
    var creationMinutesWest: Int { -timeZone.secondsFromGMT(for: creation) / 60 }
}
