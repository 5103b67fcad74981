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
    /// bytes without a formatter or a calendar; nil for text of any other shape (or a day the month does not
    /// have), which the caller reads as GRDB does.
    static func milliseconds(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        guard bytes.count == 23, let text = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self),
            text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"), text[10] == UInt8(ascii: " "),
            text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"), text[19] == UInt8(ascii: ".")
        else { return nil }
        // The digits at their fixed places: `tifa stats` reads three dates of each of 100,000 cards, and the
        // general ISO 8601 reader spent a tenth of its instructions finding them. A value out of the ordinary
        // ranges is left to that reader, so both give the same answer for every text.
        let year = number(text, 0, 4)
        let month = number(text, 5, 2)
        let day = number(text, 8, 2)
        let hour = number(text, 11, 2)
        let minute = number(text, 14, 2)
        let second = number(text, 17, 2)
        let millisecond = number(text, 20, 3)
        guard year >= 0, month >= 0, day >= 0, hour >= 0, minute >= 0, second >= 0, millisecond >= 0 else { return nil }
        guard (1...12).contains(month), day >= 1, day <= days(inMonth: month, of: year), hour < 24, minute < 60,
            second < 60
        else { return millisecondsByISO8601Reader(bytes) }
        let dayNumber = Int64(CivilDays.dayNumber(year: year, month: month, day: day))
        return ((dayNumber * 24 + Int64(hour)) * 60 + Int64(minute)) * 60_000 + Int64(second * 1000 + millisecond)
    }

    /// The decimal number of `width` digits at `offset`, or -1 when one of them is not a digit.
    @inline(__always)
    private static func number(_ text: UnsafePointer<UInt8>, _ offset: Int, _ width: Int) -> Int {
        var value = 0
        for position in offset..<(offset + width) {
            let digit = text[position] &- UInt8(ascii: "0")
            if digit > 9 { return -1 }
            value = value &* 10 &+ Int(digit)
        }
        return value
    }

    /// Days in a month of the proleptic Gregorian calendar.
    private static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The same through the scheduler's ISO 8601 reader, which knows the lengths of months.
    static func millisecondsByISO8601Reader(_ bytes: UnsafeRawBufferPointer) -> Int64? {
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
