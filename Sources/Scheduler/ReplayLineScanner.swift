/// Reads the common shape of a replay line straight from its bytes: one flat object whose keys are `card`,
/// `rating`, `time` and optionally `duration`, with plain strings (no escapes) and whole numbers.
///
/// Why: Foundation's `JSONDecoder` costs about ten microseconds a line, more than the scheduling itself. Anything
/// outside that shape (escapes, other keys, fractions, null, a mistake) returns nil, and the caller falls back to
/// `ReplayFormat.parse`, which decodes it fully and words its errors; so this scanner never changes what a line
/// means, only how fast a well-formed line is read.
struct ReplayLineScanner {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    /// The review on the line, or nil when the line is not of the simple shape (blank lines included).
    static func review(in bytes: UnsafeBufferPointer<UInt8>) -> ReplayFormat.Review? {
        var scanner = ReplayLineScanner(bytes: bytes)
        return scanner.object()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private mutating func object() -> ReplayFormat.Review? {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var card: String?
        var rating: Rating?
        var time: Timestamp?
        var duration: Int?
        repeat {
            skipSpace()
            guard let key = string() else { return nil }
            skipSpace()
            guard take(UInt8(ascii: ":")) else { return nil }
            skipSpace()
            switch Key(key) {
            case .card?:
                guard card == nil, let value = string() else { return nil }
                card = String(decoding: value, as: UTF8.self)
            case .rating?:
                guard rating == nil, let value = wholeNumber(maximumDigits: 1) else { return nil }
                guard let valid = Rating(rawValue: value) else { return nil }
                rating = valid
            case .time?:
                guard time == nil, let value = string() else { return nil }
                guard let valid = try? Timestamp(iso8601UTF8: value) else { return nil }
                time = valid
            case .duration?:
                guard duration == nil, let value = wholeNumber(maximumDigits: 15) else { return nil }
                duration = value
            case nil:
                return nil
            }
            skipSpace()
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "}")) else { return nil }
        skipSpace()
        guard position == bytes.count, let card, let rating, let time else { return nil }
        return ReplayFormat.Review(card: card, rating: rating, time: time, duration: duration)
    }

    private enum Key {
        case card, rating, time, duration

        init?(_ bytes: UnsafeBufferPointer<UInt8>) {
            func equals(_ name: StaticString) -> Bool {
                UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount).elementsEqual(bytes)
            }
            if equals("card") {
                self = .card
            } else if equals("time") {
                self = .time
            } else if equals("rating") {
                self = .rating
            } else if equals("duration") {
                self = .duration
            } else {
                return nil
            }
        }
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// A string's bytes between its quotes, if it has no escape and no control character (which JSON forbids).
    private mutating func string() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")) else { return nil }
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return UnsafeBufferPointer(rebasing: bytes[start..<position - 1])
            }
            if byte == UInt8(ascii: "\\") || byte < 0x20 { return nil }
            position += 1
        }
        return nil
    }

    /// A whole number 0 or more, as JSON writes it (no sign, no leading zero), ending where the number ends.
    private mutating func wholeNumber(maximumDigits: Int) -> Int? {
        let start = position
        var value = 0
        while position < bytes.count, (0x30...0x39).contains(bytes[position]) {
            // Past the most digits allowed the number is refused below; adding them up could overflow.
            if position - start < maximumDigits { value = value * 10 + Int(bytes[position] - 0x30) }
            position += 1
        }
        let digits = position - start
        guard digits > 0, digits <= maximumDigits, !(digits > 1 && bytes[start] == 0x30) else { return nil }
        // 3.0 or 3e0 are numbers too, but the full decoder judges them.
        if position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): return nil
            default: break
            }
        }
        return value
    }
}

extension ReplayLineScanner {
    /// The review on a line given as text (the optimizer's reader of histories).
    static func review(_ line: some StringProtocol) -> ReplayFormat.Review? {
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { review(in: UnsafeBufferPointer($0)) }
    }
}
