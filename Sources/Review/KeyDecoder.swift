/// Turns the bytes a terminal sends in raw mode into keys: UTF-8 characters (a Chinese input method sends
/// several bytes for one character), control keys, and escape sequences (arrows, function keys), which are
/// swallowed whole.
struct KeyDecoder {
    private var buffer: [UInt8] = []

    mutating func append(_ bytes: some Sequence<UInt8>) {
        buffer.append(contentsOf: bytes)
    }

    /// The next complete key in what was received, or nil when more bytes are needed.
    mutating func next() -> Key? {
        guard let first = buffer.first else { return nil }
        switch first {
        case 0x03:
            buffer.removeFirst()
            return .interrupt
        case 0x04:
            buffer.removeFirst()
            return .endOfInput
        case 0x1A:
            buffer.removeFirst()
            return .suspend
        case 0x0D, 0x0A:
            buffer.removeFirst()
            return .enter
        case 0x7F, 0x08:
            buffer.removeFirst()
            return .backspace
        case 0x1B:
            return escapeSequence()
        case 0..<0x20:
            buffer.removeFirst()
            return .other
        default:
            return character()
        }
    }

    /// ESC alone is the Escape key; ESC [ … final byte and ESC O x are sequences to ignore.
    private mutating func escapeSequence() -> Key? {
        guard buffer.count > 1 else {
            buffer.removeFirst()
            return .escape
        }
        switch buffer[1] {
        case UInt8(ascii: "["):
            guard let end = buffer.dropFirst(2).firstIndex(where: { (0x40...0x7E).contains($0) }) else { return nil }
            buffer.removeSubrange(...end)
        case UInt8(ascii: "O"):
            guard buffer.count > 2 else { return nil }
            buffer.removeFirst(3)
        default:
            buffer.removeFirst()
            return .escape
        }
        return .other
    }

    private mutating func character() -> Key? {
        let length: Int
        switch buffer[0] {
        case 0..<0x80: length = 1
        case 0xC0..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF8: length = 4
        default:
            buffer.removeFirst()
            return .other
        }
        guard buffer.count >= length else { return nil }
        let bytes = buffer.prefix(length)
        buffer.removeFirst(length)
        guard let character = String(decoding: bytes, as: UTF8.self).first, character != "\u{FFFD}" else { return .other }
        return .character(character)
    }
}
