import Foundation
import Scheduler
import Testing

@Suite struct ReplayTests {
    @Test func writesOneLinePerReview() throws {
        let input = """
            {"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}
            {"card": "a", "rating": 2, "time": "2025-01-01T00:10:00Z", "duration": 4200}
            """
        #expect(
            try Replay.run(input, scheduler: plainScheduler) == [
                #"{"card":"a","rating":3,"time":"2025-01-01T00:00:00Z","state":"learning","step":1,"stability":2.3065,"difficulty":2.118103970459016,"retrievability":null,"due":"2025-01-01T00:10:00Z"}"#,
                #"{"card":"a","rating":2,"time":"2025-01-01T00:10:00Z","state":"learning","step":1,"stability":2.3065,"difficulty":4.752858488532557,"retrievability":1.0,"due":"2025-01-01T00:20:00Z","duration":4200}"#,
            ])
    }

    @Test func tracksCardsByTheirKey() throws {
        let input = """
            {"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}
            {"card": "b", "rating": 3, "time": "2025-01-01T00:01:00Z"}

            {"card": "a", "rating": 3, "time": "2025-01-01T00:10:00Z"}
            {"card": "b", "rating": 1, "time": "2025-01-01T00:11:00Z"}
            {"card": "c\\"\\n", "rating": 4, "time": "2025-01-01T00:12:00+00:00"}
            """
        let lines = try Replay.run(input, scheduler: plainScheduler).map(Self.object)
        #expect(lines.count == 5)
        #expect(lines[2]["state"] as? String == "review")
        #expect(lines[2]["due"] as? String == "2025-01-03T00:10:00Z")
        #expect(lines[3]["state"] as? String == "learning")
        #expect(lines[3]["step"] as? Int == 0)
        #expect(lines[4]["card"] as? String == "c\"\n")
        #expect(lines[4]["due"] as? String == "2025-01-09T00:12:00Z")
    }

    /// The replay of py-fsrs's reference histories gives py-fsrs's results (the default scheduler's histories).
    @Test func agreesWithPyFSRS() throws {
        let vectors = try ReferenceVectors.load()
        let defaults = try #require(vectors.header.configs.firstIndex { try $0.parameters() == plainScheduler.parameters })
        var input: [String] = []
        var expected: [(history: Int, review: ReferenceVectors.Review, time: Timestamp)] = []
        for (index, history) in vectors.histories.enumerated() where history.config == defaults {
            for review in history.reviews {
                let time = Timestamp(microsecondsSince1970: history.start + review.time)
                input.append(#"{"card": "h\#(index)", "rating": \#(review.rating), "time": "\#(time.iso8601)"}"#)
                expected.append((index, review, time))
            }
            if expected.count > 3_000 { break }
        }
        let output = try Replay.run(input.joined(separator: "\n"), scheduler: plainScheduler).map(Self.object)
        #expect(output.count == expected.count)
        for (line, (history, review, time)) in zip(output, expected) {
            let phase = CardState.Phase(rawValue: review.state)!.name
            #expect(line["state"] as? String == phase, "history \(history)")
            #expect(line["step"] as? Int == review.step, "history \(history)")
            #expect(isClose(line["stability"] as? Double, review.stability, relative: 1e-9), "history \(history)")
            #expect(isClose(line["difficulty"] as? Double, review.difficulty, relative: 1e-9), "history \(history)")
            #expect(isClose((line["retrievability"] as? Double) ?? 0, review.retrievability, relative: 1e-9), "history \(history)")
            #expect(line["due"] as? String == time.advanced(by: .microseconds(review.due)).iso8601, "history \(history)")
        }
    }

    @Test(arguments: [
        ("not json", #"line 1: not valid JSON; each line is one object such as {"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#),
        (
            #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"} x"#,
            #"line 1: not valid JSON; each line is one object such as {"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#
        ),
        ("[1, 2]", #"line 1: expected a JSON object such as {"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#),
        (#"{"rating": 3, "time": "2025-01-01T00:00:00Z"}"#, #"line 1: missing "card" (a string naming the card)"#),
        (#"{"card": 7, "rating": 3, "time": "2025-01-01T00:00:00Z"}"#, #"line 1: "card" must be a string naming the card"#),
        (#"{"card": "a", "time": "2025-01-01T00:00:00Z"}"#, #"line 1: missing "rating" (1 (Again), 2 (Hard), 3 (Good) or 4 (Easy))"#),
        (
            #"{"card": "a", "rating": 5, "time": "2025-01-01T00:00:00Z"}"#,
            #"line 1: "rating" must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not 5"#
        ),
        (
            #"{"card": "a", "rating": 2.5, "time": "2025-01-01T00:00:00Z"}"#,
            #"line 1: "rating" must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), not 2.5"#
        ),
        (#"{"card": "a", "rating": "3", "time": "2025-01-01T00:00:00Z"}"#, #"line 1: "rating" must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)"#),
        (#"{"card": "a", "rating": null, "time": "2025-01-01T00:00:00Z"}"#, #"line 1: missing "rating" (1 (Again), 2 (Hard), 3 (Good) or 4 (Easy))"#),
        (#"{"card": "a", "rating": 3}"#, #"line 1: missing "time" (an ISO 8601 date-time such as "2025-01-01T00:00:00Z")"#),
        (
            #"{"card": "a", "rating": 3, "time": "2025-01-01"}"#,
            #"line 1: time "2025-01-01" is not an ISO 8601 date-time such as 2025-01-01T00:00:00Z"#
        ),
        (
            #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00"}"#,
            #"line 1: time "2025-01-01T00:00:00" has no time zone: add Z for UTC or an offset such as +08:00"#
        ),
        (
            #"{"card": "a", "rating": 3, "time": "2025-02-30T00:00:00Z"}"#,
            #"line 1: time "2025-02-30T00:00:00Z" names a day the calendar does not have"#
        ),
        (
            #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z", "duration": -5}"#,
            #"line 1: "duration" must be a whole number of milliseconds, 0 or more"#
        ),
        (
            #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z", "duration": "long"}"#,
            #"line 1: "duration" must be a whole number of milliseconds, 0 or more"#
        ),
    ])
    func namesTheLineAndWhatIsWrong(line: String, message: String) {
        #expect(throws: ReplayError(line: 1, message: String(message.dropFirst("line 1: ".count)))) {
            try Replay.run(line, scheduler: plainScheduler)
        }
        let thrown = #expect(throws: ReplayError.self) { try Replay.run(line, scheduler: plainScheduler) }
        #expect(thrown?.description == message)
    }

    @Test func countsBlankLinesInTheLineNumber() {
        let input = """
            {"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}

            {"card": "a", "rating": 3, "time": "2025-01-01T00:10:00Z"}
            {"card": "a", "rating": 9, "time": "2025-01-01T00:20:00Z"}
            """
        let thrown = #expect(throws: ReplayError.self) { try Replay.run(input, scheduler: plainScheduler) }
        #expect(thrown?.line == 4)
    }

    @Test func refusesAHistoryOutOfOrder() {
        let input = """
            {"card": "a", "rating": 3, "time": "2025-01-01T00:10:00Z"}
            {"card": "b", "rating": 3, "time": "2025-01-01T00:00:00Z"}
            {"card": "a", "rating": 3, "time": "2025-01-01T00:09:59Z"}
            """
        let thrown = #expect(throws: ReplayError.self) { try Replay.run(input, scheduler: plainScheduler) }
        #expect(
            thrown?.description
                == #"line 3: time 2025-01-01T00:09:59Z is before card "a"'s review at 2025-01-01T00:10:00Z on line 1"#)
    }

    @Test func readsWindowsLineEndings() throws {
        let input =
            "{\"card\": \"a\", \"rating\": 3, \"time\": \"2025-01-01T00:00:00Z\"}\r\n{\"card\": \"a\", \"rating\": 3, \"time\": \"2025-01-01T00:10:00Z\"}\r\n"
        #expect(try Replay.run(input, scheduler: plainScheduler).count == 2)
    }

    @Test func fuzzesByCardKeyDeterministically() throws {
        let input = (0..<40).map { #"{"card": "w\#($0)", "rating": 4, "time": "2025-01-01T00:00:00Z"}"# }.joined(separator: "\n")
        let first = try Replay.run(input, scheduler: Scheduler())
        #expect(first == (try Replay.run(input, scheduler: Scheduler())))
        #expect(Set(first.map { Self.object($0)["due"] as! String }).count > 1)
    }

    static func object(_ line: String) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] ?? [:]
    }
}
