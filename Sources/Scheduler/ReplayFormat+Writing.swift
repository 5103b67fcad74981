extension ReplayFormat {
    /// The output line for a result: keys in a fixed order, numbers as the shortest text that reads back the same.
    public static func format(_ result: ReviewResult) -> String {
        var bytes: [UInt8] = []
        write(result, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `format`'s line (without a line break) as UTF-8, with no String built on the way: a replay of
    /// years of reviews spends its time here, not in the scheduler.
    public static func write(_ result: ReviewResult, into bytes: inout [UInt8]) {
        var card = result.review.card
        card.withUTF8 { name in
            let review = ScannedReview(
                card: name, rating: result.review.rating, time: result.review.time, timeText: nil,
                duration: result.review.duration)
            write(review, state: result.state, retrievability: result.retrievability, due: result.due, into: &bytes)
        }
    }

    /// `write`'s line for a review read in place, with what the scheduler made of it.
    static func write(
        _ review: ScannedReview, state: CardState, retrievability: Double?, due: Timestamp, into bytes: inout [UInt8]
    ) {
        // Keys and punctuation, two times, three numbers (at most 24 bytes each), two integers; a card's name
        // at most six times its length once escaped.
        let capacity = 160 + 2 * Timestamp.longestISO8601 + 3 * 24 + 2 * 21 + 6 * review.card.count
        ASCIIWriter.append(to: &bytes, capacity: capacity) { writer in
            writer.put(literal: #"{"card":"#)
            quote(review.card, into: &writer)
            writer.put(literal: #","rating":"#)
            writer.put(decimal: Int64(review.rating.rawValue))
            writer.put(literal: #","time":""#)
            if let text = review.timeText {
                writer.put(text)
            } else {
                review.time.writeISO8601(into: &writer)
            }
            writer.put(literal: #"","state":""#)
            writer.put(literal: state.phase.literalName)
            writer.put(literal: #"","step":"#)
            if let step = state.step { writer.put(decimal: Int64(step)) } else { writer.put(literal: "null") }
            writer.put(literal: #","stability":"#)
            number(state.memory?.stability, into: &writer)
            writer.put(literal: #","difficulty":"#)
            number(state.memory?.difficulty, into: &writer)
            writer.put(literal: #","retrievability":"#)
            number(retrievability, into: &writer)
            writer.put(literal: #","due":""#)
            due.writeISO8601(into: &writer)
            writer.put(UInt8(ascii: "\""))
            if let duration = review.duration {
                writer.put(literal: #","duration":"#)
                writer.put(decimal: Int64(duration))
            }
            writer.put(UInt8(ascii: "}"))
        }
    }

    /// The shortest text that reads back as the same Double (what Python's `repr` prints too), so nothing is lost.
    private static func number(_ value: Double?, into writer: inout ASCIIWriter) {
        guard let value, value.isFinite else {
            writer.put(literal: "null")
            return
        }
        // The same text as `description`, without building a String (`ShortestDecimalTests` compares the two).
        if let (digits, count, exponent) = ShortestDecimal.digits(value) {
            writer.put(digits: digits, count: count, firstDigitExponent: exponent)
        } else {
            writer.put(utf8: value.description)
        }
    }

    /// A JSON string: quotes, backslashes and control characters escaped, everything else (UTF-8 included) as is.
    private static func quote(_ text: UnsafeBufferPointer<UInt8>, into writer: inout ASCIIWriter) {
        writer.put(UInt8(ascii: "\""))
        // Nearly every name has nothing to escape: copied whole.
        if !text.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            writer.put(text)
            writer.put(UInt8(ascii: "\""))
            return
        }
        for byte in text {
            switch byte {
            case UInt8(ascii: "\""): writer.put(literal: #"\""#)
            case UInt8(ascii: "\\"): writer.put(literal: #"\\"#)
            case UInt8(ascii: "\n"): writer.put(literal: #"\n"#)
            case UInt8(ascii: "\r"): writer.put(literal: #"\r"#)
            case UInt8(ascii: "\t"): writer.put(literal: #"\t"#)
            case 0..<0x20:
                let hex: StaticString = "0123456789abcdef"
                writer.put(literal: #"\u00"#)
                writer.put(hex.utf8Start[Int(byte >> 4)])
                writer.put(hex.utf8Start[Int(byte & 0xF)])
            default: writer.put(byte)
            }
        }
        writer.put(UInt8(ascii: "\""))
    }
}

extension CardState.Phase {
    /// `name` as a literal, which the replay's writer copies without a String.
    fileprivate var literalName: StaticString {
        switch self {
        case .learning: "learning"
        case .review: "review"
        case .relearning: "relearning"
        }
    }
}
