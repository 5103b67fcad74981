/// A fast reading of the usual replay line — one flat JSON object of plain strings and numbers — for long
/// histories, where Foundation's `JSONDecoder` takes most of the time. Anything unusual (escapes, nesting,
/// duplicate keys, a value of the wrong kind) returns nil, and the line goes through the full decoder, which
/// gives the precise error.
enum ReplayLineScanner {
    static func review(_ line: some StringProtocol) -> ReplayFormat.Review? {
        let bytes = Array(line.utf8)
        var position = 0
        func skipSpace() {
            while position < bytes.count, bytes[position] == 0x20 || bytes[position] == 0x09 || bytes[position] == 0x0D {
                position += 1
            }
        }
        func expect(_ byte: UInt8) -> Bool {
            skipSpace()
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }
        func string() -> String? {
            guard expect(0x22) else { return nil }
            let start = position
            while position < bytes.count, bytes[position] != 0x22 {
                if bytes[position] == 0x5C || bytes[position] < 0x20 { return nil }
                position += 1
            }
            guard position < bytes.count else { return nil }
            position += 1
            return String(decoding: bytes[start..<(position - 1)], as: UTF8.self)
        }
        /// A number in JSON's grammar only (no "01", "1.", "+1", which `Double(_:)` would take).
        func number() -> Double? {
            skipSpace()
            let start = position
            func digits() -> Int {
                let from = position
                while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
                return position - from
            }
            if position < bytes.count, bytes[position] == 0x2D { position += 1 }
            let integerStart = position
            let integerDigits = digits()
            guard integerDigits > 0, integerDigits == 1 || bytes[integerStart] != 0x30 else { return nil }
            if position < bytes.count, bytes[position] == 0x2E {
                position += 1
                guard digits() > 0 else { return nil }
            }
            if position < bytes.count, bytes[position] == 0x65 || bytes[position] == 0x45 {
                position += 1
                if position < bytes.count, bytes[position] == 0x2B || bytes[position] == 0x2D { position += 1 }
                guard digits() > 0 else { return nil }
            }
            return Double(String(decoding: bytes[start..<position], as: UTF8.self))
        }

        guard expect(0x7B) else { return nil }
        var card: String?
        var rating: Double?
        var time: String?
        var duration: Double?
        var seen = Set<String>()
        var first = true
        while true {
            if expect(0x7D) { break }
            if !first && !expect(0x2C) { return nil }
            first = false
            guard let key = string(), seen.insert(key).inserted, expect(0x3A) else { return nil }
            skipSpace()
            guard position < bytes.count else { return nil }
            switch bytes[position] {
            case 0x22:
                guard let value = string() else { return nil }
                switch key {
                case "card": card = value
                case "time": time = value
                case "rating", "duration": return nil
                default: break
                }
            case 0x2D, 0x30...0x39:
                guard let value = number() else { return nil }
                switch key {
                case "rating": rating = value
                case "duration": duration = value
                case "card", "time": return nil
                default: break
                }
            default:
                return nil
            }
        }
        skipSpace()
        guard position == bytes.count, let card, let time, let rating,
              let grade = Int(exactly: rating), let parsedRating = Rating(rawValue: grade),
              let timestamp = try? Timestamp(iso8601: time)
        else { return nil }
        var milliseconds: Int?
        if let duration {
            guard let whole = Int(exactly: duration), whole >= 0 else { return nil }
            milliseconds = whole
        }
        return ReplayFormat.Review(card: card, rating: parsedRating, time: timestamp, duration: milliseconds)
    }
}
