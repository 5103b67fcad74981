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
    static func review(in bytes: UnsafeBufferPointer<UInt8>) -> ScannedReview? {
        usualReview(in: bytes) ?? anyOrderReview(in: bytes)
    }

    /// The review on a line whose keys come in the usual order (`card`, `rating`, `time`, then `duration` if
    /// any), or nil; what it reads, `anyOrderReview(in:)` reads the same (tests compare the two).
    static func usualReview(in bytes: UnsafeBufferPointer<UInt8>) -> ScannedReview? {
        var scanner = ReplayLineScanner(bytes: bytes)
        return scanner.usualObject()
    }

    /// The review on a line with its keys in any order, or nil.
    static func anyOrderReview(in bytes: UnsafeBufferPointer<UInt8>) -> ScannedReview? {
        var scanner = ReplayLineScanner(bytes: bytes)
        return scanner.object()
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The keys in the order the format's examples and Tifa's own output give them, each one checked by comparing
    /// it whole instead of reading it as a string and then naming it: nearly every line of a real history.
    private mutating func usualObject() -> ScannedReview? {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return nil }
        skipSpace()
        guard key(#""card""#), let card = string(), separator(), key(#""rating""#),
            let rating = rating(), separator(), key(#""time""#), let time = time()
        else { return nil }
        skipSpace()
        var duration: Int?
        if take(UInt8(ascii: ",")) {
            skipSpace()
            guard key(#""duration""#), let value = wholeNumber(maximumDigits: 15) else { return nil }
            duration = value
            skipSpace()
        }
        guard take(UInt8(ascii: "}")) else { return nil }
        skipSpace()
        guard position == bytes.count else { return nil }
        return ScannedReview(card: card, rating: rating, time: time.0, timeText: time.1, duration: duration)
    }

    /// The keys in any order, each at most once.
    private mutating func object() -> ScannedReview? {
        skipSpace()
        guard take(UInt8(ascii: "{")) else { return nil }
        var card: UnsafeBufferPointer<UInt8>?
        var rating: Rating?
        var time: (Timestamp, UnsafeBufferPointer<UInt8>?)?
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
                card = value
            case .rating?:
                guard rating == nil, let value = self.rating() else { return nil }
                rating = value
            case .time?:
                guard time == nil, let value = self.time() else { return nil }
                time = value
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
        return ScannedReview(card: card, rating: rating, time: time.0, timeText: time.1, duration: duration)
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

    /// A key given with its quotes, then the colon, with space around the colon.
    @inline(__always)
    private mutating func key(_ quoted: StaticString) -> Bool {
        let count = quoted.utf8CodeUnitCount
        guard bytes.count - position >= count, let base = bytes.baseAddress else { return false }
        for offset in 0..<count where base[position + offset] != quoted.utf8Start[offset] { return false }
        position += count
        skipSpace()
        guard take(UInt8(ascii: ":")) else { return false }
        skipSpace()
        return true
    }

    /// The comma between two members, with space either side.
    @inline(__always)
    private mutating func separator() -> Bool {
        skipSpace()
        guard take(UInt8(ascii: ",")) else { return false }
        skipSpace()
        return true
    }

    private mutating func rating() -> Rating? {
        wholeNumber(maximumDigits: 1).flatMap(Rating.init(rawValue:))
    }

    /// A time string, and its bytes when they are the whole-second form that the output writes the same.
    private mutating func time() -> (Timestamp, UnsafeBufferPointer<UInt8>?)? {
        // The whole-second form is read where it stands: its 20 bytes between quotes, each checked by the reader
        // (so none is an escape), need no scan for the closing quote.
        if bytes.count - position > 21, let base = bytes.baseAddress, base[position] == UInt8(ascii: "\""),
            base[position + 21] == UInt8(ascii: "\"")
        {
            let text = UnsafeBufferPointer(start: base + position + 1, count: 20)
            if let time = Timestamp(wholeSecondISO8601: text) {
                position += 22
                return (time, text)
            }
        }
        guard let text = string() else { return nil }
        if let time = Timestamp(wholeSecondISO8601: text) { return (time, text) }
        guard let time = try? Timestamp(iso8601UTF8: text) else { return nil }
        return (time, nil)
    }

    @inline(__always)
    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x09, 0x0A, 0x0D: position += 1
            default: return
            }
        }
    }

    @inline(__always)
    private mutating func take(_ byte: UInt8) -> Bool {
        guard position < bytes.count, bytes[position] == byte else { return false }
        position += 1
        return true
    }

    /// A string's bytes between its quotes, if it has no escape and no control character (which JSON forbids).
    private mutating func string() -> UnsafeBufferPointer<UInt8>? {
        guard take(UInt8(ascii: "\"")), let base = bytes.baseAddress else { return nil }
        let start = position
        while position < bytes.count {
            let byte = base[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return UnsafeBufferPointer(start: base + start, count: position - 1 - start)
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

/// A review read in place from its line: the card's name is the line's own bytes (which need no escaping, as the
/// scanner takes no string with an escape or a control character), valid while the line is.
struct ScannedReview {
    var card: UnsafeBufferPointer<UInt8>
    var rating: Rating
    var time: Timestamp
    /// The time's text when it is exactly what the output writes for `time` (`YYYY-MM-DDTHH:MM:SSZ`), so the
    /// writer copies it instead of formatting the time again.
    var timeText: UnsafeBufferPointer<UInt8>?
    var duration: Int?

    /// The review with its card's name as a String.
    var review: ReplayFormat.Review {
        ReplayFormat.Review(card: String(decoding: card, as: UTF8.self), rating: rating, time: time, duration: duration)
    }
}

extension ReplayLineScanner {
    /// The review on a line given as text (the optimizer's reader of histories).
    static func review(_ line: some StringProtocol) -> ReplayFormat.Review? {
        var bytes = Array(line.utf8)
        return bytes.withUnsafeMutableBufferPointer { review(in: UnsafeBufferPointer($0))?.review }
    }
}
