import Foundation

/// An Anki collection's day numbers as dates: a review card is due on day `due`, counted from the day of `col.crt`
/// (in the zone of `creationOffset`, the day starting at `rollover`), as `rslib/src/scheduler/timing.rs` counts.
/// A day becomes the moment it starts in the learner's zone, at the same rollover hour.
struct AnkiCalendar {
    let rolloverHour: Int
    let timeZone: TimeZone
    /// Day 0's date (year, month, day).
    private let firstDay: DateComponents

    init(_ rows: AnkiCollectionRows, timeZone: TimeZone) {
        rolloverHour = rows.rolloverHour
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = rows.creationMinutesWest.flatMap { TimeZone(secondsFromGMT: -$0 * 60) } ?? timeZone
        let creation = Date(timeIntervalSince1970: TimeInterval(rows.creation - Int64(rows.rolloverHour) * 3600))
        firstDay = calendar.dateComponents([.year, .month, .day], from: creation)
    }

    /// The start of day `number`, in the learner's zone.
    func start(ofDay number: Int64) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var components = firstDay
        components.hour = rolloverHour
        let dayZero = calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
        let days = Int(clamping: max(-1_000_000, min(1_000_000, number)))
        return calendar.date(byAdding: .day, value: days, to: dayZero) ?? dayZero
    }
}
