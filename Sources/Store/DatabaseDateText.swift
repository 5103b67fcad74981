import Foundation
import GRDB

/// A date as GRDB stores it ("yyyy-MM-dd HH:mm:ss.SSS", UTC, to the nearest millisecond as its formatter rounds),
/// computed with integer arithmetic: GRDB's `DateFormatter` costs microseconds a call, which the 600,000 dates of
/// a 200,000-answer imported review log turn into seconds. `DatabaseDateTextTests` holds it to GRDB's own.
enum DatabaseDateText {
    static func text(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        let (days, dayMilliseconds) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        let dayNumber = dayMilliseconds < 0 ? days - 1 : days
        let inDay = dayMilliseconds < 0 ? dayMilliseconds + 86_400_000 : dayMilliseconds
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
        let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
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
    /// bytes without a formatter or a calendar; nil for text of any other shape, which the caller reads as GRDB does.
    static func milliseconds(_ bytes: UnsafeRawBufferPointer) -> Int64? {
        guard bytes.count == 23, let base = bytes.baseAddress else { return nil }
        let text = base.assumingMemoryBound(to: UInt8.self)
        guard text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"), text[10] == UInt8(ascii: " "),
              text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"), text[19] == UInt8(ascii: ".")
        else { return nil }
        // Each digit's value, and the greatest of them: a byte that is not a digit comes out above 9.
        var greatest: UInt8 = 0
        func digit(_ index: Int) -> Int64 {
            let value = text[index] &- UInt8(ascii: "0")
            greatest = max(greatest, value)
            return Int64(value)
        }
        let year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3)
        let month = digit(5) * 10 + digit(6), day = digit(8) * 10 + digit(9)
        let hour = digit(11) * 10 + digit(12), minute = digit(14) * 10 + digit(15), second = digit(17) * 10 + digit(18)
        let millisecond = digit(20) * 100 + digit(21) * 10 + digit(22)
        guard greatest <= 9, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 60
        else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = era * 146_097 + dayOfEra - 719_468
        return ((days * 24 + hour) * 60 + minute) * 60_000 + second * 1000 + millisecond
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
