import Foundation
import Scheduler
import Testing

/// Every random history py-fsrs 6.3.2 reviewed, replayed here: the same state, step and due time (to the
/// microsecond), and the same stability, difficulty and retrievability to within 1e-9 relative (on Linux they
/// agree to the last bit, Swift and CPython calling the same C `pow`).
@Suite struct ConformanceTests {
    static let tolerance = 1e-9

    @Test func replaysEveryPyFSRSHistory() throws {
        let vectors = try ReferenceVectors.load()
        #expect(vectors.header.fsrs == "6.3.2")
        #expect(vectors.histories.count == vectors.header.histories)
        #expect(vectors.histories.count >= 2_000)
        let schedulers = try vectors.header.configs.map { Scheduler(parameters: try $0.parameters()) }

        var reviews = 0
        var failedHistories = 0
        for (index, history) in vectors.histories.enumerated() {
            let scheduler = schedulers[history.config]
            var card = ScheduledCard(id: UInt64(index + 1), due: Timestamp(microsecondsSince1970: history.start))
            for (number, expected) in history.reviews.enumerated() {
                reviews += 1
                let now = Timestamp(microsecondsSince1970: history.start + expected.time)
                let retrievability = scheduler.retrievability(of: card, at: now) ?? 0
                let outcome = scheduler.review(card, rating: Rating(rawValue: expected.rating)!, now: now)
                let state = outcome.card.state
                var problems: [String] = []
                if state.phase.rawValue != expected.state { problems.append("state \(state.phase) ≠ \(expected.state)") }
                if state.step != expected.step { problems.append("step \(String(describing: state.step)) ≠ \(String(describing: expected.step))") }
                if !Self.close(state.memory?.stability, expected.stability) {
                    problems.append("stability \(String(describing: state.memory?.stability)) ≠ \(expected.stability)")
                }
                if !Self.close(state.memory?.difficulty, expected.difficulty) {
                    problems.append("difficulty \(String(describing: state.memory?.difficulty)) ≠ \(expected.difficulty)")
                }
                if !Self.close(retrievability, expected.retrievability) {
                    problems.append("retrievability before \(retrievability) ≠ \(expected.retrievability)")
                }
                let due = now.advanced(by: .microseconds(expected.due))
                if outcome.card.due != due { problems.append("due \(outcome.card.due.iso8601) ≠ \(due.iso8601)") }
                if outcome.log.interval != .microseconds(expected.due) {
                    problems.append("interval \(outcome.log.interval) ≠ \(expected.due) µs")
                }
                if !problems.isEmpty {
                    Issue.record(
                        "history \(index) (config \(history.config)), review \(number) rated \(expected.rating) at \(now.iso8601): \(problems.joined(separator: "; "))"
                    )
                    failedHistories += 1
                    break
                }
                card = outcome.card
            }
        }
        #expect(failedHistories == 0)
        #expect(reviews >= 20_000)
    }

    static func close(_ actual: Double?, _ expected: Double) -> Bool {
        guard let actual else { return false }
        return actual == expected || abs(actual - expected) <= tolerance * max(abs(expected), abs(actual))
    }
}
