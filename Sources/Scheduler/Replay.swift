/// Replays a review history line by line, keeping each card (by its `card` key) between lines.
///
/// Pure: lines in, lines out. The caller reads the input and prints the output, so a long history can stream.
public struct Replay: Sendable {
    public let scheduler: Scheduler
    private var cards: [CardKey: TrackedCard] = [:]
    /// The number of lines read so far, which is the number of the line being read.
    public private(set) var lineNumber = 0

    /// A card's key with its FNV-1a hash, computed once a line: the table hashes those 8 bytes instead of the
    /// whole key with SipHash, and the hash is the card's id as well.
    private struct CardKey: Hashable, Sendable {
        let name: String
        let id: UInt64

        init(_ name: String) {
            self.name = name
            id = Replay.cardID(name)
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(id)
        }

        static func == (left: CardKey, right: CardKey) -> Bool {
            left.id == right.id && left.name == right.name
        }
    }

    private struct TrackedCard: Sendable {
        var card: ScheduledCard
        var lastTime: Timestamp
        var lastLine: Int
    }

    public init(scheduler: Scheduler) {
        self.scheduler = scheduler
    }

    /// Reads the next line of the input and returns the line to print, or nil for a blank line.
    public mutating func next(_ line: some StringProtocol) throws(ReplayError) -> String? {
        lineNumber += 1
        guard let review = try parse(line) else { return nil }
        return ReplayFormat.format(try schedule(review))
    }

    /// Reads the next line of the input, given as UTF-8, and appends the line to print to `output` (without a
    /// line break); false for a blank line. The same as `next(_:)`, without building Strings for the common line.
    public mutating func next(utf8 line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) throws(ReplayError) -> Bool {
        lineNumber += 1
        let review: ReplayFormat.Review
        if let simple = ReplayLineScanner.review(in: line) {
            review = simple
        } else {
            guard let parsed = try parse(String(decoding: line, as: UTF8.self)) else { return false }
            review = parsed
        }
        ReplayFormat.write(try schedule(review), into: &output)
        return true
    }

    private func parse(_ line: some StringProtocol) throws(ReplayError) -> ReplayFormat.Review? {
        do {
            return try ReplayFormat.parse(line)
        } catch {
            throw ReplayError(line: lineNumber, message: error.description)
        }
    }

    /// The review applied to its card, which is kept for the card's next review.
    private mutating func schedule(_ review: ReplayFormat.Review) throws(ReplayError) -> ReplayFormat.ReviewResult {
        let key = CardKey(review.card)
        let index = cards.index(forKey: key)
        let tracked = index.map { cards.values[$0] }
        if let tracked, review.time < tracked.lastTime {
            // py-fsrs would accept it (as a same-day review), but a history out of order is a broken log.
            throw ReplayError(
                line: lineNumber,
                message: "time \(review.time.iso8601) is before card \"\(review.card)\"'s "
                    + "review at \(tracked.lastTime.iso8601) on line \(tracked.lastLine)")
        }
        let card = tracked?.card ?? ScheduledCard(id: key.id, due: review.time)
        let outcome = scheduler.review(card, rating: review.rating, now: review.time, duration: review.duration)
        let updated = TrackedCard(card: outcome.card, lastTime: review.time, lastLine: lineNumber)
        if let index { cards.values[index] = updated } else { cards[key] = updated }
        return ReplayFormat.ReviewResult(
            review: review, state: outcome.card.state,
            retrievability: scheduler.retrievability(of: card, at: review.time), due: outcome.card.due)
    }

    /// The whole of `text` replayed: one output line per review line.
    public static func run(_ text: String, scheduler: Scheduler) throws(ReplayError) -> [String] {
        var replay = Replay(scheduler: scheduler)
        var output: [String] = []
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if let result = try replay.next(line) { output.append(result) }
        }
        return output
    }

    /// A stable card id from its key (64-bit FNV-1a of the UTF-8), so that fuzz is the same on every run.
    static func cardID(_ key: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }
}

/// A line of a replay that could not be used, and why.
public struct ReplayError: Error, Sendable, Hashable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}
