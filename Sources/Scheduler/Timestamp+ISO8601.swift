/// ISO 8601 date-times, read and written to the microsecond without a locale or calendar service:
/// `2025-01-01T00:00:00Z`, `2025-01-01T08:00:00.5+08:00`.
extension Timestamp {
    /// The instant `text` names, which must carry `Z` or an offset: a time without a zone would be read
    /// differently on different machines.
    public init(iso8601 text: some StringProtocol) throws(TimestampFormatError) {
        let bytes = Array(text.utf8)
        var position = 0
        func number(_ digits: Int) -> Int? {
            guard position + digits <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[position..<position + digits] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            position += digits
            return value
        }
        func expect(_ characters: String) -> Bool {
            guard position < bytes.count, characters.utf8.contains(bytes[position]) else { return false }
            position += 1
            return true
        }
        let shape = TimestampFormatError.notISO8601(String(text))
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
              expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"),
              let second = number(2)
        else { throw shape }
        var microsecond = 0
        if expect(".,") {
            var digits = 0
            while position < bytes.count, (0x30...0x39).contains(bytes[position]) {
                // Digits past the sixth are below `datetime`'s resolution and dropped, as Python drops them.
                if digits < 6 { microsecond = microsecond * 10 + Int(bytes[position] - 0x30) }
                digits += 1
                position += 1
            }
            guard digits > 0 else { throw shape }
            for _ in digits..<max(digits, 6) { microsecond *= 10 }
        }
        var offsetMinutes = 0
        if position == bytes.count { throw .noTimeZone(String(text)) }
        if !expect("Zz") {
            let sign = bytes[position] == UInt8(ascii: "-") ? -1 : 1
            // The colon in the offset is optional (+08:00 or +0800), as ISO 8601 allows.
            guard expect("+-"), let hours = number(2), case _ = expect(":"), let minutes = number(2),
                  hours <= 23, minutes <= 59
            else { throw shape }
            offsetMinutes = sign * (hours * 60 + minutes)
        }
        guard position == bytes.count else { throw shape }
        guard (1...12).contains(month), (1...Self.daysInMonth(year, month)).contains(day) else {
            throw .noSuchDay(String(text))
        }
        guard hour <= 23, minute <= 59, second <= 59 else { throw .noSuchTime(String(text)) }
        let seconds = Int64(Self.daysSinceEpoch(year, month, day)) * 86_400
            + Int64(hour * 3_600 + minute * 60 + second - offsetMinutes * 60)
        self.init(microsecondsSince1970: seconds * 1_000_000 + Int64(microsecond))
    }

    /// `2025-01-01T00:05:30Z`, in UTC, with a fraction of a second only when there is one (`…:30.5Z`).
    public var iso8601: String {
        let (days, dayMicroseconds) = Self.floorDivision(microsecondsSince1970, Self.microsecondsPerDay)
        let (year, month, day) = Self.civilDate(daysSinceEpoch: days)
        let secondOfDay = dayMicroseconds / 1_000_000
        let fraction = dayMicroseconds % 1_000_000
        var text = "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))T\(Self.pad(secondOfDay / 3_600, 2)):"
            + "\(Self.pad(secondOfDay / 60 % 60, 2)):\(Self.pad(secondOfDay % 60, 2))"
        if fraction != 0 {
            var digits = Self.pad(fraction, 6)
            while digits.hasSuffix("0") { digits.removeLast() }
            text += ".\(digits)"
        }
        return text + "Z"
    }

    private static func pad(_ value: Int64, _ width: Int) -> String {
        let digits = String(value.magnitude)
        return (value < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    private static func floorDivision(_ value: Int64, _ divisor: Int64) -> (Int64, Int64) {
        let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
        return remainder < 0 ? (quotient - 1, remainder + divisor) : (quotient, remainder)
    }

    private static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    private static func daysInMonth(_ year: Int, _ month: Int) -> Int {
        switch month {
        case 2: isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    // Howard Hinnant's days_from_civil and civil_from_days: the proleptic Gregorian calendar, which is
    // Python's `datetime`'s, counted from 1970-01-01.
    private static func daysSinceEpoch(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(daysSinceEpoch days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// Why a time could not be read; the description quotes it.
public enum TimestampFormatError: Error, Sendable, Hashable, CustomStringConvertible {
    case notISO8601(String)
    case noTimeZone(String)
    case noSuchDay(String)
    case noSuchTime(String)

    public var description: String {
        switch self {
        case .notISO8601(let text): "time \"\(text)\" is not an ISO 8601 date-time such as 2025-01-01T00:00:00Z"
        case .noTimeZone(let text): "time \"\(text)\" has no time zone: add Z for UTC or an offset such as +08:00"
        case .noSuchDay(let text): "time \"\(text)\" names a day the calendar does not have"
        case .noSuchTime(let text): "time \"\(text)\" has an hour, minute or second out of range"
        }
    }
}
