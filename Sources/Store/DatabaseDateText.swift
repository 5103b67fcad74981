import Foundation
import GRDB
import Scheduler

/// A date as GRDB stores it ("yyyy-MM-dd HH:mm:ss.SSS", UTC, to the nearest millisecond as its formatter rounds),
/// computed with integer arithmetic: GRDB's `DateFormatter` costs microseconds a call, which the 600,000 dates of
/// a 200,000-answer imported review log turn into seconds. `DatabaseDateTextTests` holds it to GRDB's own.
enum DatabaseDateText {
    static func text(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (days, dayMilliseconds) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        let dayNumber = dayMilliseconds < 0 ? days - 1 : days
        let inDay = dayMilliseconds < 0 ? dayMilliseconds + 86_400_000 : dayMilliseconds
        let civil = CivilDays.date(dayNumber: Int(dayNumber))
        let (year, month, day) = (Int64(civil.year), Int64(civil.month), Int64(civil.day))
        // A year of more or fewer than four digits (none in a deck) is left to GRDB itself.
        guard (0...9999).contains(year) else { return String.fromDatabaseValue(date.databaseValue) ?? "" }
        // Written digit by digit into the string's own storage: interpolating padded pieces cost as much again.
        return String(unsafeUninitializedCapacity: 23) { buffer in
            func put(_ value: Int64, _ width: Int, at offset: Int) {
                var rest = value
                for position in stride(from: offset + width - 1, through: offset, by: -1) {
                    buffer[position] = UInt8(ascii: "0") + UInt8(rest % 10)
                    rest /= 10
                }
            }
            put(year, 4, at: 0)
            put(month, 2, at: 5)
            put(day, 2, at: 8)
            put(inDay / 3_600_000, 2, at: 11)
            put(inDay / 60000 % 60, 2, at: 14)
            put(inDay / 1000 % 60, 2, at: 17)
            put(inDay % 1000, 3, at: 20)
            buffer[4] = UInt8(ascii: "-")
            buffer[7] = UInt8(ascii: "-")
            buffer[10] = UInt8(ascii: " ")
            buffer[13] = UInt8(ascii: ":")
            buffer[16] = UInt8(ascii: ":")
            buffer[19] = UInt8(ascii: ".")
            return 23
        }
    }
}

extension DatabaseDateText {
    /// Milliseconds since 1970 of a date in the stored form "yyyy-MM-dd HH:mm:ss.SSS" (UTC), read from the text's
    /// bytes by the scheduler's ISO 8601 reader, without a formatter or a calendar; nil for text of any other shape
    /// (or a day the month does not have), which the caller reads as GRDB does.
    static func milliseconds(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        guard bytes.count == 23, bytes[10] == UInt8(ascii: " "), bytes[19] == UInt8(ascii: "."),
            let time = try? Timestamp(iso8601UTF8: bytes.assumingMemoryBound(to: UInt8.self), missingZone: .utc)
        else { return nil }
        // Three digits of fraction: whole milliseconds.
        return time.microsecondsSince1970 / 1000
    }

    /// The date of a stored text, read as GRDB reads dates when it is not in the stored form.
    static func date(_ text: String) -> Date? {
        var text = text
        if let milliseconds = text.withUTF8({ Self.milliseconds(UnsafeRawBufferPointer($0)) }) {
            return Date(timeIntervalSince1970: Double(milliseconds) / 1000)
        }
        return Date.fromDatabaseValue(text.databaseValue)
    }
}
