/// Strict UTF-8 decoding of one scalar at a time, straight from a byte buffer, for reading a large input a block at
/// a time: the same sequences are accepted as by the standard library's `UTF8` codec (no overlong forms, no
/// surrogates, nothing past U+10FFFF).
enum UTF8Scalars {
    /// What starts at `offset`.
    enum Step {
        /// A scalar and the bytes it takes.
        case scalar(Unicode.Scalar, length: Int)
        /// A sequence that goes on past `end`: read more before deciding.
        case incomplete
        case invalid
    }

    @inline(__always)
    static func step(_ bytes: UnsafePointer<UInt8>, at offset: Int, end: Int) -> Step {
        let lead = UInt32(bytes[offset])
        if lead < 0x80 { return .scalar(Unicode.Scalar(UInt8(truncatingIfNeeded: lead)), length: 1) }
        let length: Int
        // The second byte's range depends on the lead byte (Unicode's table 3-7); later bytes are 80...BF.
        let second: ClosedRange<UInt8>
        switch lead {
        case 0xC2...0xDF: (length, second) = (2, 0x80...0xBF)
        case 0xE0: (length, second) = (3, 0xA0...0xBF)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second) = (3, 0x80...0xBF)
        case 0xED: (length, second) = (3, 0x80...0x9F)
        case 0xF0: (length, second) = (4, 0x90...0xBF)
        case 0xF1...0xF3: (length, second) = (4, 0x80...0xBF)
        case 0xF4: (length, second) = (4, 0x80...0x8F)
        default: return .invalid
        }
        // A byte that is already wrong makes the sequence invalid however it would go on.
        guard offset + 1 < end else { return .incomplete }
        guard second.contains(bytes[offset + 1]) else { return .invalid }
        var value = (lead & (0xFF >> UInt32(length + 1))) << 6 | UInt32(bytes[offset + 1] & 0x3F)
        for position in offset + 2..<offset + length {
            guard position < end else { return .incomplete }
            let byte = bytes[position]
            guard byte & 0xC0 == 0x80 else { return .invalid }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        guard let scalar = Unicode.Scalar(value) else { return .invalid }
        return .scalar(scalar, length: length)
    }
}
