/// Replays a review history line by line, keeping each card (by its `card` key) between lines.
///
/// Pure: lines in, lines out. The caller reads the input and prints the output, so a long history can stream.
public struct Replay: Sendable {
    public let scheduler: Scheduler
    private var cards = ReplayCards()
    /// The number of lines read so far, which is the number of the line being read.
    public private(set) var lineNumber = 0

    public init(scheduler: Scheduler) {
        self.scheduler = scheduler
    }

    /// Reads the next line of the input and returns the line to print, or nil for a blank line.
    public mutating func next(_ line: some StringProtocol) throws(ReplayError) -> String? {
        lineNumber += 1
        guard let review = try parse(line) else { return nil }
        var output: [UInt8] = []
        try replay(review, into: &output)
        return String(decoding: output, as: UTF8.self)
    }

    /// Reads the next line of the input, given as UTF-8, and appends the line to print to `output` (without a
    /// line break); false for a blank line. The same as `next(_:)`, without building Strings for the common line.
    public mutating func next(utf8 line: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) throws(ReplayError) -> Bool {
        lineNumber += 1
        if let review = ReplayLineScanner.review(in: line) {
            try replay(review, into: &output)
            return true
        }
        guard let parsed = try parse(String(decoding: line, as: UTF8.self)) else { return false }
        try replay(parsed, into: &output)
        return true
    }

    private func parse(_ line: some StringProtocol) throws(ReplayError) -> ReplayFormat.Review? {
        do {
            return try ReplayFormat.parse(line)
        } catch {
            throw ReplayError(line: lineNumber, message: error.description)
        }
    }

    /// `replay(_:into:)` of a review that the general reader read, its card's name a String.
    private mutating func replay(_ review: ReplayFormat.Review, into output: inout [UInt8]) throws(ReplayError) {
        var card = review.card
        let replayed = card.withUTF8 { name in
            Result { () throws(ReplayError) in
                let scanned = ScannedReview(
                    card: name, rating: review.rating, time: review.time, timeText: nil, duration: review.duration)
                try replay(scanned, into: &output)
            }
        }
        try replayed.get()
    }

    /// The review applied to its card, which is kept for the card's next review, and its output line written.
    private mutating func replay(_ review: ScannedReview, into output: inout [UInt8]) throws(ReplayError) {
        let id = Self.cardID(review.card)
        let index = cards.index(of: review.card, hash: id)
        if let index, review.time < cards[index].lastTime {
            // py-fsrs would accept it (as a same-day review), but a history out of order is a broken log.
            let card = String(decoding: review.card, as: UTF8.self)
            throw ReplayError(
                line: lineNumber,
                message: "time \(review.time.iso8601) is before card \"\(card)\"'s "
                    + "review at \(cards[index].lastTime.iso8601) on line \(cards[index].lastLine)")
        }
        let card = index.map { cards[$0].card } ?? ScheduledCard(id: id, due: review.time)
        let (outcome, retrievability) = scheduler.reviewWithRetrievability(
            card, rating: review.rating, now: review.time, duration: review.duration)
        let updated = ReplayCards.Tracked(card: outcome.card, lastTime: review.time, lastLine: lineNumber)
        if let index { cards[index] = updated } else { cards.insert(updated, name: review.card, hash: id) }
        ReplayFormat.write(
            review, state: outcome.card.state, retrievability: retrievability,
            due: outcome.card.due, into: &output)
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
    static func cardID(_ key: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in key {
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
