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
        let days = Int64(CivilDays.dayNumber(year: Int(year), month: Int(month), day: Int(day)))
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
