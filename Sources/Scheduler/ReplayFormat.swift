import Foundation

/// The replay's JSON Lines, one review a line.
///
/// In: `{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}`, with an optional `"duration"` in
/// milliseconds; other keys are ignored. Out: the same review with what the scheduler made of it:
/// `{"card":"a","rating":3,"time":"…","state":"learning","step":0,"stability":…,"difficulty":…,
/// "retrievability":null,"due":"…"}`, where retrievability is the card's before the review (null for a new card).
public enum ReplayFormat {
    /// One review read from a line.
    public struct Review: Sendable, Hashable {
        public var card: String
        public var rating: Rating
        public var time: Timestamp
        public var duration: Int?

        public init(card: String, rating: Rating, time: Timestamp, duration: Int? = nil) {
            self.card = card
            self.rating = rating
            self.time = time
            self.duration = duration
        }
    }

    /// One review with the scheduler's result.
    public struct ReviewResult: Sendable, Hashable {
        public var review: Review
        public var state: CardState
        /// Retrievability just before the review; nil for a card's first review.
        public var retrievability: Double?
        public var due: Timestamp

        public init(review: Review, state: CardState, retrievability: Double?, due: Timestamp) {
            self.review = review
            self.state = state
            self.retrievability = retrievability
            self.due = due
        }
    }

    /// The review on `line`, or nil for a blank line. The error says what is wrong, without the line number,
    /// which the caller knows.
    public static func parse(_ line: some StringProtocol) throws(ReplayLineError) -> Review? {
        if let review = ReplayLineScanner.review(line) { return review }
        if line.allSatisfy({ $0.isWhitespace }) { return nil }
        do {
            return try decoder.decode(InputLine.self, from: Data(line.utf8)).review
        } catch let error as ReplayLineError {
            throw error
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.isEmpty {
            throw ReplayLineError("expected a JSON object such as \(example)")
        } catch {
            // Foundation's decoder says no more than that the JSON is invalid, so show what valid looks like.
            throw ReplayLineError("not valid JSON; each line is one object such as \(example)")
        }
    }

    private static let decoder = JSONDecoder()
    private static let example = #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#

    /// The input line's keys, each checked on its own so that the error names the key and what it should be.
    private struct InputLine: Decodable {
        let review: Review

        private enum Key: String, CodingKey { case card, rating, time, duration }

        init(from decoder: any Decoder) throws {
            let keys = try decoder.container(keyedBy: Key.self)
            func required<Value: Decodable>(_ key: Key, _ type: Value.Type, _ expected: String) throws -> Value {
                guard keys.contains(key), (try? keys.decodeNil(forKey: key)) != true else {
                    throw ReplayLineError("missing \"\(key.rawValue)\" (\(expected))")
                }
                guard let value = try? keys.decode(type, forKey: key) else {
                    throw ReplayLineError("\"\(key.rawValue)\" must be \(expected)")
                }
                return value
            }
            let card = try required(.card, String.self, "a string naming the card")
            let ratingExpectation = "1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"
            let ratingNumber = try required(.rating, Double.self, ratingExpectation)
            guard let rating = Int(exactly: ratingNumber).flatMap(Rating.init(rawValue:)) else {
                throw ReplayLineError("\"rating\" must be \(ratingExpectation), not \(ratingNumber.shortText)")
            }
            let timeText = try required(.time, String.self, "an ISO 8601 date-time such as \"2025-01-01T00:00:00Z\"")
            let time: Timestamp
            do {
                time = try Timestamp(iso8601: timeText)
            } catch {
                throw ReplayLineError(error.description)
            }
            var duration: Int?
            if keys.contains(.duration), (try? keys.decodeNil(forKey: .duration)) != true {
                let expectation = "a whole number of milliseconds, 0 or more"
                guard let milliseconds = try? keys.decode(Double.self, forKey: .duration),
                    let whole = Int(exactly: milliseconds), whole >= 0
                else { throw ReplayLineError("\"duration\" must be \(expectation)") }
                duration = whole
            }
            review = Review(card: card, rating: rating, time: time, duration: duration)
        }
    }
}

/// What is wrong with one line of a replay.
public struct ReplayLineError: Error, Sendable, Hashable, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}

extension Double {
    /// 3 rather than 3.0, for quoting a number back to the person who wrote it.
    fileprivate var shortText: String {
        if let whole = Int(exactly: self) { return String(whole) }
        return description
    }
}
