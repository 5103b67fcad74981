/// Writes text into memory already reserved, without building Strings or checking capacity byte by byte: the
/// replay writes a line per review, and the Strings it used to build cost more than the scheduling.
struct ASCIIWriter {
    private let start: UnsafeMutablePointer<UInt8>
    private var end: UnsafeMutablePointer<UInt8>

    /// The bytes written so far.
    var count: Int { end - start }

    /// Appends up to `capacity` bytes to `bytes` through `body`, which must not write more.
    static func append(to bytes: inout [UInt8], capacity: Int, _ body: (inout ASCIIWriter) -> Void) {
        let first = bytes.count
        bytes.append(contentsOf: repeatElement(0, count: capacity))
        let written = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return 0 }
            var writer = ASCIIWriter(start: base + first, end: base + first)
            body(&writer)
            precondition(writer.count <= capacity, "ASCIIWriter wrote past its capacity")
            return writer.count
        }
        bytes.removeLast(capacity - written)
    }

    mutating func put(_ byte: UInt8) {
        end.pointee = byte
        end += 1
    }

    mutating func put(literal text: StaticString) {
        end.update(from: text.utf8Start, count: text.utf8CodeUnitCount)
        end += text.utf8CodeUnitCount
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
