/// A cursor over UTF-8 bytes that decodes one scalar at a time, with the rules for the non-Chinese tokens.
struct Scan {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The scalar at the cursor with its byte range, without moving. Invalid bytes (overlong forms and
    /// surrogates too) read as U+FFFD, one byte each.
    @inline(__always)
    func peek() -> (Unicode.Scalar, Int, Int)? {
        scalar(at: position)
    }

    @inline(__always)
    func scalar(at offset: Int) -> (Unicode.Scalar, Int, Int)? {
        guard offset < bytes.count else { return nil }
        let lead = bytes[offset]
        let length: Int
        var value: UInt32
        switch lead {
        case 0..<0x80: return (Unicode.Scalar(lead), offset, offset + 1)
        case 0xC0..<0xE0:
            length = 2
            value = UInt32(lead & 0x1F)
        case 0xE0..<0xF0:
            length = 3
            value = UInt32(lead & 0x0F)
        case 0xF0..<0xF8:
            length = 4
            value = UInt32(lead & 0x07)
        default: return ("\u{FFFD}", offset, offset + 1)
        }
        guard offset + length <= bytes.count else { return ("\u{FFFD}", offset, offset + 1) }
        for index in 1..<length {
            let byte = bytes[offset + index]
            guard byte & 0xC0 == 0x80 else { return ("\u{FFFD}", offset, offset + 1) }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        // An overlong form (C0 A0 for a space) is invalid UTF-8, as a decoder of strings would say too.
        guard value >= (length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000) else { return ("\u{FFFD}", offset, offset + 1) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", offset, offset + length)
    }

    @inline(__always)
    mutating func advance(to offset: Int) { position = offset }

    /// Reads a number from `start` (a digit): digits, a decimal part, a percent sign, then units of date,
    /// time or magnitude, chaining through further numbers (2018年6月11日), or one classifier (8个).
    mutating func number(from start: Int) -> Int {
        var end = start
        while true {
            end = digits(from: end)
            if let (scalar, _, after) = scalar(at: end), ScalarClass.isDecimalPoint(scalar),
                let (digit, _, _) = self.scalar(at: after), ScalarClass(digit) == .digit
            {
                end = digits(from: after)
            }
            if let (scalar, _, after) = scalar(at: end), ScalarClass.isPercent(scalar) {
                end = after
                break
            }
            var tookUnit = false
            while let (scalar, _, after) = scalar(at: end), ScalarClass.isNumberUnit(scalar) {
                end = after
                tookUnit = true
            }
            if tookUnit, let (scalar, _, _) = scalar(at: end), ScalarClass(scalar) == .digit { continue }
            if !tookUnit, let (scalar, _, after) = scalar(at: end), ScalarClass.isClassifier(scalar) { end = after }
            break
        }
        position = end
        return end
    }

    /// The end of a year written in Chinese numerals (二○○一年, 二〇一八年) starting at `start`, if one does.
    func chineseYearEnd(from start: Int) -> Int? { chineseYear(from: start).end }

    /// The end of the year starting at `start`, if one does, and where the run of Chinese digits from `start`
    /// ends either way.
    func chineseYear(from start: Int) -> (end: Int?, digitsEnd: Int) {
        var end = start
        var count = 0
        while let (scalar, _, after) = scalar(at: end), ScalarClass.isChineseDigit(scalar) {
            end = after
            count += 1
        }
        guard count >= 2, let (scalar, _, after) = scalar(at: end), scalar == "年" else { return (nil, end) }
        return (after, end)
    }

    private func digits(from start: Int) -> Int {
        var end = start
        while let (scalar, _, after) = scalar(at: end), ScalarClass(scalar) == .digit { end = after }
        return end
    }

    /// Reads Latin letters and digits from `start` (a letter): SCO, G20, 5G is read by `number` then here.
    mutating func latinWord(from start: Int) -> Int {
        var end = start
        while let (scalar, _, after) = scalar(at: end) {
            let kind = ScalarClass(scalar)
            guard kind == .latin || kind == .digit || scalar == "-" && end > start else { break }
            end = after
        }
        position = end
        return end
    }
}
