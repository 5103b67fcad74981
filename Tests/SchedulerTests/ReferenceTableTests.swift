import Scheduler
import Testing

/// The reference results in shared/reference/fsrs6.md, at py-fsrs 6.3.2's full precision: a new card reviewed
/// from 2025-01-01T00:00Z, each review exactly when due, fuzz off.
@Suite struct ReferenceTableTests {
    struct Row {
        var phase: CardState.Phase
        var step: Int?
        var stability: Double
        var difficulty: Double
        var interval: Duration
    }

    func check(_ ratings: [Rating], _ rows: [Row]) {
        let outcomes = reviewWhenDue(ratings)
        for (number, (outcome, row)) in zip(outcomes, rows).enumerated() {
            let state = outcome.card.state
            #expect(state.phase == row.phase, "review \(number + 1)")
            #expect(state.step == row.step, "review \(number + 1)")
            #expect(isClose(state.memory?.stability, row.stability), "review \(number + 1): \(String(describing: state.memory))")
            #expect(isClose(state.memory?.difficulty, row.difficulty), "review \(number + 1): \(String(describing: state.memory))")
            #expect(outcome.log.interval == row.interval, "review \(number + 1)")
        }
    }

    @Test func goodSixTimes() {
        check(
            Array(repeating: .good, count: 6),
            [
                Row(phase: .learning, step: 1, stability: 2.3065, difficulty: 2.118103970459016, interval: .minutes(10)),
                Row(phase: .review, stability: 2.3065, difficulty: 2.111214235785395, interval: .days(2)),
                Row(phase: .review, stability: 10.971048263078135, difficulty: 2.1043313908464483, interval: .days(11)),
                Row(phase: .review, stability: 46.316858440073425, difficulty: 2.0974554287524403, interval: .days(46)),
                Row(phase: .review, stability: 162.99981577472244, difficulty: 2.0905863426205262, interval: .days(163)),
                Row(phase: .review, stability: 497.8765551245907, difficulty: 2.083724125574744, interval: .days(498)),
            ])
    }

    @Test func easyFourTimes() {
        check(
            Array(repeating: .easy, count: 4),
            [
                Row(phase: .review, stability: 8.2956, difficulty: 1.0, interval: .days(8)),
                Row(phase: .review, stability: 65.62422616189994, difficulty: 1.0, interval: .days(66)),
                Row(phase: .review, stability: 396.7750233497581, difficulty: 1.0, interval: .days(397)),
                Row(phase: .review, stability: 1874.9169554074524, difficulty: 1.0, interval: .days(1875)),
            ])
    }

    @Test func lapseAndRelearn() {
        check(
            [.again, .good, .good, .good, .again, .good, .good],
            [
                Row(phase: .learning, step: 0, stability: 0.212, difficulty: 6.4133, interval: .minutes(1)),
                Row(phase: .learning, step: 1, stability: 0.24668918777567272, difficulty: 6.402115069296838, interval: .minutes(10)),
                Row(phase: .review, stability: 0.2842063592758949, difficulty: 6.3909413235243795, interval: .days(1)),
                Row(phase: .review, stability: 2.1520782454047453, difficulty: 6.379778751497693, interval: .days(2)),
                Row(phase: .relearning, step: 0, stability: 0.5455740277903258, difficulty: 8.79528626241862, interval: .minutes(10)),
                Row(phase: .review, stability: 0.5965623880571078, difficulty: 8.781719345453038, interval: .days(1)),
                Row(phase: .review, stability: 1.6954557873171048, difficulty: 8.768165995404422, interval: .days(2)),
            ])
    }

    @Test func hardFiveTimes() {
        let hard = Duration.seconds(330)
        check(
            Array(repeating: .hard, count: 5),
            [
                Row(phase: .learning, step: 0, stability: 1.2931, difficulty: 5.112170705601056, interval: hard),
                Row(phase: .learning, step: 0, stability: 1.2931, difficulty: 6.7404595108297, interval: hard),
                Row(phase: .learning, step: 0, stability: 1.2931, difficulty: 7.821393497998797, interval: hard),
                Row(phase: .learning, step: 0, stability: 1.2931, difficulty: 8.538967850205447, interval: hard),
                Row(phase: .learning, step: 0, stability: 1.2931, difficulty: 9.015327144165033, interval: hard),
            ])
    }
}
