import Foundation
import FuzzSupport
import Testing

@testable import Scheduler

/// The replay's fast ways of reading a line (keys in the usual order, times at fixed places, cards by their bytes)
/// against the general ones they stand in for: the same reviews, the same output, the same errors.
@Suite struct ReplayReadingTests {
    /// Lines in the usual order and out of it, with and without spaces, with escapes, other keys and mistakes.
    static let lines = [
        #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#,
        #"{"card": "a", "rating": 2, "time": "2025-01-01T00:10:00Z", "duration": 4200}"#,
        #"{"card":"b","rating":4,"time":"2025-02-28T23:59:59Z","duration":0}"#,
        #"  { "card" : "同舟共济" ,"rating":1 , "time" : "2025-03-01T08:00:00+08:00" }  "#,
        #"{"rating": 3, "card": "a", "time": "2025-01-02T00:00:00Z"}"#,
        #"{"card": "a", "time": "2025-01-03T00:00:00Z", "rating": 3}"#,
        #"{"card": "c\"", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#,
        #"{"card": "a", "rating": 3, "time": "2025-01-04T00:00:00.5Z"}"#,
        #"{"card": "a", "rating": 3, "time": "2025-01-05t00:00:00z"}"#,
        #"{"card": "a", "rating": 3, "time": "2024-02-29T23:59:59Z", "extra": 1}"#,
        #"{"card": "a", "rating": 3.0, "time": "2025-01-06T00:00:00Z"}"#,
        #"{"card": "a", "rating": 5, "time": "2025-01-06T00:00:00Z"}"#,
        #"{"card": "a", "rating": 3, "time": "2025-02-29T00:00:00Z"}"#,
        #"{"card": "a", "rating": 3, "time": "2025-01-01T24:00:00Z"}"#,
        #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00"}"#,
        #"{"card": "a", "rating": 3, "time": "2025-01-07T00:00:00Z", "duration": 01}"#,
        #"{"card": "", "rating": 3, "time": "0000-01-01T00:00:00Z"}"#,
        #"{"card": "", "rating": 1, "time": "9999-12-31T23:59:59Z"}"#,
        #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"} x"#,
        "",
        "   ",
    ]

    /// A line replayed through `next(utf8:into:)` (what `tifa fsrs replay` calls), as text or as its error.
    static func replayedAsBytes(_ line: String, _ replay: inout Replay) -> String {
        var bytes = Array(line.utf8)
        var output: [UInt8] = []
        do {
            let printed = try bytes.withUnsafeMutableBufferPointer { (buffer) throws(ReplayError) in
                try replay.next(utf8: UnsafeBufferPointer(buffer), into: &output)
            }
            return printed ? String(decoding: output, as: UTF8.self) : "(blank)"
        } catch {
            return "error: \(error)"
        }
    }

    /// A line replayed through `next(_:)`, which reads it as a String and writes every time with `iso8601`.
    static func replayedAsText(_ line: String, _ replay: inout Replay) -> String {
        do {
            return try replay.next(line) ?? "(blank)"
        } catch {
            return "error: \(error)"
        }
    }

    static func expectSameReplays(_ lines: [String], _ comment: String, sourceLocation: SourceLocation = #_sourceLocation) {
        var asBytes = Replay(scheduler: Scheduler())
        var asText = Replay(scheduler: Scheduler())
        for line in lines {
            #expect(
                replayedAsBytes(line, &asBytes) == replayedAsText(line, &asText), "\(comment): \(line)",
                sourceLocation: sourceLocation)
        }
    }

    @Test func bytesAndTextReplayTheSame() {
        Self.expectSameReplays(Self.lines, "fixed lines")
        for seed in 0..<UInt64(FuzzBudget.iterations(300)) {
            var random = FuzzRandom(seed: seed &* 0x4E9_0011)
            let lines = (0..<random.below(8) + 1).map { _ in
                let bytes = Mutation.mutate(Array(random.pick(Self.lines).utf8), with: Array(random.pick(Self.lines).utf8), &random)
                return String(decoding: bytes, as: UTF8.self)
            }
            Self.expectSameReplays(lines, "seed \(seed)")
        }
    }

    @Test func aCardOutOfOrderIsNamedTheSameWay() {
        let lines = [
            #"{"card": "同舟共济", "rating": 3, "time": "2025-01-02T00:00:00Z"}"#,
            #"{"card": "同舟共济", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#,
        ]
        var replay = Replay(scheduler: Scheduler())
        _ = Self.replayedAsBytes(lines[0], &replay)
        #expect(
            Self.replayedAsBytes(lines[1], &replay)
                == #"error: line 2: time 2025-01-01T00:00:00Z is before card "同舟共济"'s review at 2025-01-02T00:00:00Z on line 1"#)
    }

    /// Every line the usual-order reader takes, the any-order reader takes the same way.
    @Test func usualOrderReadsWhatAnyOrderReads() {
        func compare(_ line: String) {
            var bytes = Array(line.utf8)
            bytes.withUnsafeMutableBufferPointer { buffer in
                let line = UnsafeBufferPointer(buffer)
                guard let usual = ReplayLineScanner.usualReview(in: line) else { return }
                let general = ReplayLineScanner.anyOrderReview(in: line)
                #expect(usual.review == general?.review, "\(String(decoding: line, as: UTF8.self))")
                #expect(usual.timeText.map(Array.init) == general?.timeText.map(Array.init))
            }
        }
        var usualLines = 0
        for line in Self.lines {
            compare(line)
            usualLines += Array(line.utf8).withUnsafeBufferPointer { ReplayLineScanner.usualReview(in: $0) } == nil ? 0 : 1
        }
        // Checked by hand: the first four (one spaced, in another zone), the fraction's, the lower-case one's and
        // the two empty cards' are read; not the reordered, escaped, extra or wrong ones.
        #expect(usualLines == 8)
        for seed in 0..<UInt64(FuzzBudget.iterations(2_000)) {
            var random = FuzzRandom(seed: seed &* 0x4E9_0012)
            compare(
                String(
                    decoding: Mutation.mutate(Array(random.pick(Self.lines).utf8), with: Array(random.pick(Self.lines).utf8), &random), as: UTF8.self)
            )
        }
    }

    /// The fixed-place reader of times agrees with the general one, and what it reads, `iso8601` writes back
    /// byte for byte (the replay copies such a time to its output instead of writing it again).
    @Test func wholeSecondTimesReadBackTheSame() {
        func read(_ text: String) -> Timestamp? {
            var bytes = Array(text.utf8)
            return bytes.withUnsafeMutableBufferPointer { Timestamp(wholeSecondISO8601: UnsafeBufferPointer($0)) }
        }
        #expect(read("2025-01-01T00:00:00Z") == Timestamp(microsecondsSince1970: 1_735_689_600_000_000))
        #expect(read("1970-01-01T00:00:01Z") == Timestamp(microsecondsSince1970: 1_000_000))
        for refused in [
            "2025-02-29T00:00:00Z", "2025-01-01T24:00:00Z", "2025-01-01T00:60:00Z", "2025-13-01T00:00:00Z",
            "2025-00-01T00:00:00Z", "2025-01-00T00:00:00Z", "2025-01-01t00:00:00Z", "2025-01-01T00:00:00z",
            "2025-01-01T00:00:00+00:00", "2025-01-01T00:00:00.0Z", "2025-1-01T00:00:00Z", "-025-01-01T00:00:00Z",
        ] {
            #expect(read(refused) == nil, "\(refused)")
        }
        var random = SplitMix64(seed: 29)
        for _ in 0..<20_000 {
            // Any second from year 0 to 9999.
            let seconds = Int64(random.next() % 315_537_897_600) - 62_167_219_200
            let time = Timestamp(microsecondsSince1970: seconds * 1_000_000)
            #expect(read(time.iso8601) == time, "\(time.iso8601)")
            // One character changed: read the same as the general reader reads it, or refused.
            var text = Array(time.iso8601.utf8)
            text[Int(random.next() % 20)] = Array("0123456789-T:Z .+".utf8)[Int(random.next() % 17)]
            let changed = String(decoding: text, as: UTF8.self)
            if let fixed = read(changed) {
                #expect(fixed == (try? Timestamp(iso8601: changed)), "\(changed)")
                #expect(fixed.iso8601 == changed)
            }
        }
    }

    @Test func cardsAreFoundByTheirWholeName() {
        var cards = ReplayCards()
        let names = [""] + (0..<5_000).map { "card-\($0)" } + ["card-1\u{301}", "同舟共济", "同舟"]
        func withName<T>(_ name: String, _ body: (UnsafeBufferPointer<UInt8>) -> T) -> T {
            var name = name
            return name.withUTF8(body)
        }
        for (number, name) in names.enumerated() {
            withName(name) { bytes in
                #expect(cards.index(of: bytes, hash: Replay.cardID(bytes)) == nil)
                let tracked = ReplayCards.Tracked(
                    card: ScheduledCard(id: 1, due: Timestamp(microsecondsSince1970: 0)),
                    lastTime: Timestamp(microsecondsSince1970: 0), lastLine: number)
                cards.insert(tracked, name: bytes, hash: Replay.cardID(bytes))
            }
        }
        for (number, name) in names.enumerated() {
            let index = withName(name) { cards.index(of: $0, hash: Replay.cardID($0)) }
            #expect(index.map { cards[$0].lastLine } == number, "\(name)")
        }
        // A name that shares a hash with a stored one but not its bytes is another card.
        let storedHash = withName("card-7") { Replay.cardID($0) }
        let stranger = withName("card-50001") { cards.index(of: $0, hash: storedHash) }
        #expect(stranger == nil)
    }
}
