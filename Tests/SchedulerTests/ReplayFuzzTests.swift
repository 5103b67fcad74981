import Foundation
import FuzzSupport
import Scheduler
import Testing

/// `tifa fsrs replay`'s JSON reader never crashes: mutated review lines, random JSON values in every field,
/// random bytes and random Unicode either replay or fail with a `ReplayError` naming the line.
@Suite struct ReplayFuzzTests {
    static let validLines = [
        #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#,
        #"{"card": "同舟共济", "rating": 1, "time": "2025-01-01T08:00:00.5+08:00", "duration": 5300}"#,
        #"{"card":"b","rating":4,"time":"2025-02-28T23:59:59-0130","extra":[1,{"x":null}]}"#,
    ]

    static let values = [
        "null", "true", "0", "-1", "3", "3.0", "2.9999999999", "1e308", "-1e308", "1e-320", "4e0", "9223372036854775808",
        "\"\"", "\"3\"", "[]", "{}", "[3]", "\"2025-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59Z\"", "\"0000-01-01T00:00:00Z\"",
        "\"2024-02-29T00:00:00Z\"", "\"2025-02-29T00:00:00Z\"", "\"2025-01-01T24:00:00Z\"", "\"2025-01-01T00:00:00\"",
        "\"2025-01-01T00:00:00+99:99\"", "\"2025-01-01T00:00:00.0000000000001Z\"", "\"\\u0000\"", "\"\\ud800\"",
        "\"\u{10FFFF}\"", String(repeating: "[", count: 600), "NaN", "Infinity",
    ]

    /// Replays the lines in order with every scheduler setting, checking each outcome.
    static func replay(_ lines: [String], seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation) {
        for fuzz in [false, true] {
            let parameters = fuzz ? SchedulerParameters.default : try! SchedulerParameters(isFuzzEnabled: false)
            var replay = Replay(scheduler: Scheduler(parameters: parameters))
            for line in lines {
                do {
                    if let output = try replay.next(line) {
                        #expect(output.hasPrefix("{\"card\":"), "seed \(seed): \(output)", sourceLocation: sourceLocation)
                        #expect(
                            (try? JSONSerialization.jsonObject(with: Data(output.utf8))) != nil, "seed \(seed): not JSON: \(output)",
                            sourceLocation: sourceLocation)
                    }
                } catch {
                    #expect(error.line == replay.lineNumber && !error.message.isEmpty, "seed \(seed): \(error)", sourceLocation: sourceLocation)
                }
            }
        }
    }

    @Test func fieldsTakeEveryKindOfValue() {
        for seed in 0..<UInt64(FuzzBudget.iterations(300)) {
            var random = FuzzRandom(seed: seed &* 0x4E9_0001)
            let lines = (0..<random.below(12) + 1).map { _ in
                let fields = ["card", "rating", "time", "duration"].filter { _ in !random.oneIn(8) }.map { key in
                    "\"\(key)\": " + (random.oneIn(3) ? random.pick(Self.values) : Self.plausible(key, &random))
                }
                return "{" + fields.joined(separator: ", ") + "}"
            }
            Self.replay(lines, seed: seed)
        }
    }

    @Test func mutatedLines() {
        for seed in 0..<UInt64(FuzzBudget.iterations(400)) {
            var random = FuzzRandom(seed: seed &* 0x4E9_0002)
            let lines = (0..<random.below(6) + 1).map { _ in
                let bytes = Mutation.mutate(Array(random.pick(Self.validLines).utf8), with: Array(random.pick(Self.validLines).utf8), &random)
                return String(decoding: bytes, as: UTF8.self)
            }
            Self.replay(lines, seed: seed)
        }
    }

    @Test func randomTextAndBytes() {
        for seed in 0..<UInt64(FuzzBudget.iterations(200)) {
            var random = FuzzRandom(seed: seed &* 0x4E9_0003)
            Self.replay(
                [
                    RandomText.string(&random, length: random.below(300)),
                    String(decoding: random.bytes(random.below(300)), as: UTF8.self),
                ], seed: seed)
        }
    }

    /// A long history of one card, hours to decades apart, with every rating: the scheduler's numbers stay finite.
    @Test func longHistoriesStayFinite() {
        for seed in 0..<UInt64(FuzzBudget.iterations(20)) {
            var random = FuzzRandom(seed: seed &* 0x4E9_0004)
            var time = try! Timestamp(iso8601: "2000-01-01T00:00:00Z")
            let lines = (0..<300).map { _ in
                time = Timestamp(
                    microsecondsSince1970: time.microsecondsSince1970 + Int64(random.below(1 << 20))
                        * Int64(random.pick([1, 1_000, 1_000_000, 100_000_000])))
                return #"{"card": "x", "rating": \#(random.below(4) + 1), "time": "\#(time.iso8601)"}"#
            }
            Self.replay(lines, seed: seed)
        }
    }

    @Test func keptCrashesStayFixed() {
        for (_, bytes) in FuzzCorpus.crashes("replay") {
            Self.replay(String(decoding: bytes, as: UTF8.self).components(separatedBy: "\n"), seed: 0)
        }
    }

    static func plausible(_ key: String, _ random: inout FuzzRandom) -> String {
        switch key {
        case "card": "\"\(random.pick(["a", "b", "同舟共济", ""]))\""
        case "rating": "\(random.below(4) + 1)"
        case "time": "\"20\(10 + random.below(30))-0\(random.below(9) + 1)-1\(random.below(9))T0\(random.below(9)):00:00Z\""
        default: "\(random.below(100_000))"
        }
    }
}
