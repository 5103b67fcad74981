/// ISO 8601 date-times, read and written to the microsecond without a locale or calendar service:
/// `2025-01-01T00:00:00Z`, `2025-01-01T08:00:00.5+08:00`.
extension Timestamp {
    /// The instant `text` names, which must carry `Z` or an offset: a time without a zone would be read
    /// differently on different machines.
    public init(iso8601 text: some StringProtocol) throws(TimestampFormatError) {
        var text = String(text)
        let parsed = text.withUTF8 { bytes in
            Result { () throws(TimestampFormatError) in try Timestamp(iso8601UTF8: bytes) }
        }
        self = try parsed.get()
    }

    /// What a time without `Z` or an offset means.
    public enum MissingZone: Sendable {
        /// It is refused: it would be read differently on different machines.
        case refused
        /// It is in UTC, as the store's date text is ("2025-01-01 08:00:00.000", GRDB's form).
        case utc
    }

    /// The same as `init(iso8601:)` on the text's UTF-8, read in place (a replay reads one or two a line, the
    /// store's statistics one a row).
    public init(iso8601UTF8 bytes: UnsafeBufferPointer<UInt8>, missingZone: MissingZone = .refused)
        throws(TimestampFormatError)
    {
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
        func expect(_ characters: StaticString) -> Bool {
            guard position < bytes.count else { return false }
            let options = UnsafeBufferPointer(start: characters.utf8Start, count: characters.utf8CodeUnitCount)
            guard options.contains(bytes[position]) else { return false }
            position += 1
            return true
        }
        func text() -> String { String(decoding: bytes, as: UTF8.self) }
        guard let year = number(4), expect("-"), let month = number(2), expect("-"), let day = number(2),
            expect("Tt "), let hour = number(2), expect(":"), let minute = number(2), expect(":"),
            let second = number(2)
        else { throw .notISO8601(text()) }
        var microsecond = 0
        if expect(".,") {
            var digits = 0
            while position < bytes.count, (0x30...0x39).contains(bytes[position]) {
                // Digits past the sixth are below `datetime`'s resolution and dropped, as Python drops them.
                if digits < 6 { microsecond = microsecond * 10 + Int(bytes[position] - 0x30) }
                digits += 1
                position += 1
            }
            guard digits > 0 else { throw .notISO8601(text()) }
            for _ in digits..<max(digits, 6) { microsecond *= 10 }
        }
        var offsetMinutes = 0
        if position == bytes.count {
            guard missingZone == .utc else { throw .noTimeZone(text()) }
        } else if !expect("Zz") {
            let sign = bytes[position] == UInt8(ascii: "-") ? -1 : 1
            // The colon in the offset is optional (+08:00 or +0800), as ISO 8601 allows.
            guard expect("+-"), let hours = number(2), case _ = expect(":"), let minutes = number(2),
                hours <= 23, minutes <= 59
            else { throw .notISO8601(text()) }
            offsetMinutes = sign * (hours * 60 + minutes)
        }
        guard position == bytes.count else { throw .notISO8601(text()) }
        guard (1...12).contains(month), (1...Self.daysInMonth(year, month)).contains(day) else {
            throw .noSuchDay(text())
        }
        guard hour <= 23, minute <= 59, second <= 59 else { throw .noSuchTime(text()) }
        let seconds =
            Int64(CivilDays.dayNumber(year: year, month: month, day: day)) * 86_400
            + Int64(hour * 3_600 + minute * 60 + second - offsetMinutes * 60)
        self.init(microsecondsSince1970: seconds * 1_000_000 + Int64(microsecond))
    }

    /// The instant of `bytes` when they are exactly `YYYY-MM-DDTHH:MM:SSZ`, a real day and time: the form
    /// `iso8601` writes for a whole second, so that `iso8601` gives these very bytes back. Nil for anything else,
    /// which `init(iso8601UTF8:)` then reads or refuses.
    ///
    /// Why: a replay reads a time a line, nearly always in this form, and this reads it at fixed places.
    init?(wholeSecondISO8601 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 20, let text = bytes.baseAddress else { return nil }
        @inline(__always) func twoDigits(_ at: Int) -> Int? {
            let tens = text[at] &- 0x30
            let ones = text[at + 1] &- 0x30
            return tens < 10 && ones < 10 ? Int(tens) * 10 + Int(ones) : nil
        }
        guard text[4] == UInt8(ascii: "-"), text[7] == UInt8(ascii: "-"), text[10] == UInt8(ascii: "T"),
            text[13] == UInt8(ascii: ":"), text[16] == UInt8(ascii: ":"), text[19] == UInt8(ascii: "Z"),
            let century = twoDigits(0), let yearOfCentury = twoDigits(2), let month = twoDigits(5),
            let day = twoDigits(8), let hour = twoDigits(11), let minute = twoDigits(14), let second = twoDigits(17),
            (1...12).contains(month), (1...Self.daysInMonth(century * 100 + yearOfCentury, month)).contains(day),
            hour <= 23, minute <= 59, second <= 59
        else { return nil }
        let seconds =
            Int64(CivilDays.dayNumber(year: century * 100 + yearOfCentury, month: month, day: day)) * 86_400
            + Int64(hour * 3_600 + minute * 60 + second)
        self.init(microsecondsSince1970: seconds * 1_000_000)
    }

    /// `2025-01-01T00:05:30Z`, in UTC, with a fraction of a second only when there is one (`…:30.5Z`).
    public var iso8601: String {
        var bytes: [UInt8] = []
        ASCIIWriter.append(to: &bytes, capacity: Self.longestISO8601) { writeISO8601(into: &$0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The most bytes `iso8601` takes: a year of up to 15 digits and a sign, and the rest.
    static let longestISO8601 = 48

    /// Writes `iso8601`'s text (a replay writes two a line, and building Strings cost more than the scheduling).
    func writeISO8601(into writer: inout ASCIIWriter) {
        let (days, dayMicroseconds) = Self.floorDivision(microsecondsSince1970, Self.microsecondsPerDay)
        let date = CivilDays.date(dayNumber: Int(days))
        let (year, month, day) = (Int64(date.year), Int64(date.month), Int64(date.day))
        let secondOfDay = dayMicroseconds / 1_000_000
        let fraction = dayMicroseconds % 1_000_000
        if (1_000..<10_000).contains(year) {
            writer.put(twoDigits: Int(year / 100))
            writer.put(twoDigits: Int(year % 100))
        } else {
            writer.put(decimal: year, width: 4)
        }
        writer.put(UInt8(ascii: "-"))
        writer.put(twoDigits: Int(month))
        writer.put(UInt8(ascii: "-"))
        writer.put(twoDigits: Int(day))
        writer.put(UInt8(ascii: "T"))
        writer.put(twoDigits: Int(secondOfDay / 3_600))
        writer.put(UInt8(ascii: ":"))
        writer.put(twoDigits: Int(secondOfDay / 60 % 60))
        writer.put(UInt8(ascii: ":"))
        writer.put(twoDigits: Int(secondOfDay % 60))
        if fraction != 0 {
            // Six digits, less the trailing zeros.
            var digits = fraction
            var width = 6
            while digits % 10 == 0 {
                digits /= 10
                width -= 1
            }
            writer.put(UInt8(ascii: "."))
            writer.put(decimal: digits, width: width)
        }
        writer.put(UInt8(ascii: "Z"))
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
