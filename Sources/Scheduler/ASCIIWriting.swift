/// Writes text into memory already reserved, without building Strings or checking capacity byte by byte: the
/// replay writes a line per review, and the Strings it used to build cost more than the scheduling.
struct ASCIIWriter {
    private let start: UnsafeMutablePointer<UInt8>
    private var end: UnsafeMutablePointer<UInt8>

    /// The bytes written so far.
    var count: Int { end - start }

    /// Appends up to `capacity` bytes to `bytes` through `body`, which must not write more.
    static func append(to bytes: inout [UInt8], capacity: Int, _ body: (inout ASCIIWriter) -> Void) {
        // Written into scratch memory (on the stack when small) and appended in one copy: growing the array by
        // `capacity` zeros and cutting it back cost more than the line.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { scratch in
            guard let base = scratch.baseAddress else { return }
            var writer = ASCIIWriter(start: base, end: base)
            body(&writer)
            precondition(writer.count <= capacity, "ASCIIWriter wrote past its capacity")
            bytes.append(contentsOf: UnsafeBufferPointer(start: base, count: writer.count))
        }
    }

    @inline(__always)
    mutating func put(_ byte: UInt8) {
        end.pointee = byte
        end += 1
    }

    /// Inlined so that each literal's copy has a known size, which the compiler makes a few moves instead of a
    /// call to `memcpy` (a replay line has thirteen).
    @inline(__always)
    mutating func put(literal text: StaticString) {
        end.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        end += text.utf8CodeUnitCount
    }

    mutating func put(_ text: UnsafeBufferPointer<UInt8>) {
        guard let base = text.baseAddress else { return }
        end.update(from: base, count: text.count)
        end += text.count
    }

    mutating func put(utf8 text: String) {
        var text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            end.update(from: base, count: bytes.count)
            end += bytes.count
        }
    }

    /// The decimal digits of `value`, zero-padded to `width` after any minus sign (at most 21 bytes past
    /// `width`).
    mutating func put(decimal value: Int64, width: Int = 1) {
        // Two digits (a month, an hour) and four (a year) are nearly all of them: no division loop for those.
        if (0..<100).contains(value), width <= 2 {
            if width == 2 || value >= 10 { put(UInt8(truncatingIfNeeded: value / 10) + UInt8(ascii: "0")) }
            put(UInt8(truncatingIfNeeded: value % 10) + UInt8(ascii: "0"))
            return
        }
        if (1_000..<10_000).contains(value), width <= 4 {
            put(UInt8(truncatingIfNeeded: value / 1_000) + UInt8(ascii: "0"))
            put(UInt8(truncatingIfNeeded: value / 100 % 10) + UInt8(ascii: "0"))
            put(UInt8(truncatingIfNeeded: value / 10 % 10) + UInt8(ascii: "0"))
            put(UInt8(truncatingIfNeeded: value % 10) + UInt8(ascii: "0"))
            return
        }
        if value < 0 { put(UInt8(ascii: "-")) }
        let magnitude = value.magnitude
        var digits = 1
        var power: UInt64 = 1
        while power <= magnitude / 10 {
            power *= 10
            digits += 1
        }
        for _ in digits..<Swift.max(digits, width) { put(UInt8(ascii: "0")) }
        while power > 0 {
            put(UInt8(truncatingIfNeeded: magnitude / power % 10) + UInt8(ascii: "0"))
            power /= 10
        }
    }
}

extension ASCIIWriter {
    /// The number `digits` (of `count` digits) × 10^(`exponent` − `count` + 1) in plain decimal notation, as
    /// `Double.description` writes a number from 1e-4 up to 2^53: 1.5, 0.025, 300.0 (at most 20 bytes for the
    /// 17 digits and exponents from -1 to 14 of `ShortestDecimal.range`).
    mutating func put(digits: UInt64, count: Int, firstDigitExponent exponent: Int) {
        if exponent < 0 {
            put(literal: "0.")
            for _ in 0..<(-exponent - 1) { put(UInt8(ascii: "0")) }
            putDigits(digits, count: count)
        } else if count > exponent + 1 {
            // All the digits, then the fraction's moved one place right to make room for the point.
            let whole = exponent + 1
            putDigits(digits, count: count)
            let fractionStart = end - (count - whole)
            (fractionStart + 1).update(from: fractionStart, count: count - whole)
            fractionStart.pointee = UInt8(ascii: ".")
            end += 1
        } else {
            putDigits(digits, count: count)
            for _ in 0..<(exponent + 1 - count) { put(UInt8(ascii: "0")) }
            put(literal: ".0")
        }
    }

    /// `value`, 0 through 99, as two digits (a month, an hour; 7 as 07).
    @inline(__always)
    mutating func put(twoDigits value: Int) {
        precondition((0..<100).contains(value), "put(twoDigits:) takes 0 through 99")
        let pairs = Self.digitPairs.utf8Start
        put(pairs[value * 2])
        put(pairs[value * 2 + 1])
    }

    /// The `count` decimal digits of `value`, two at a time from the right.
    private mutating func putDigits(_ value: UInt64, count: Int) {
        let pairs = Self.digitPairs.utf8Start
        var rest = value
        var position = end + count
        while rest >= 100 {
            let pair = Int(rest % 100) * 2
            rest /= 100
            position -= 2
            position[0] = pairs[pair]
            position[1] = pairs[pair + 1]
        }
        if rest >= 10 {
            let pair = Int(rest) * 2
            position -= 2
            position[0] = pairs[pair]
            position[1] = pairs[pair + 1]
        } else {
            position -= 1
            position[0] = UInt8(truncatingIfNeeded: rest) + UInt8(ascii: "0")
        }
        end += count
    }

    /// "00" through "99", for writing two digits with one division.
    private static let digitPairs: StaticString = """
        00010203040506070809101112131415161718192021222324252627282930313233343536373839\
        40414243444546474849505152535455565758596061626364656667686970717273747576777879\
        8081828384858687888990919293949596979899
        """
}
