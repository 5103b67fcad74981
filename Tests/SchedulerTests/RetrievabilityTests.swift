import Foundation
import Scheduler
import Testing

@Suite struct RetrievabilityTests {
    func reviewCard(stability: Double, lastReview: Timestamp = newYear) -> ScheduledCard {
        ScheduledCard(
            id: 1, state: .review(memory: MemoryState(stability: stability, difficulty: 5)), due: lastReview,
            lastReview: lastReview, reviewCount: 3)
    }

    /// R(t, S) = (1 + FACTOR·t/S)^DECAY with DECAY = −w20 and FACTOR = 0.9^(1/DECAY) − 1; py-fsrs's values.
    @Test(
        arguments: [
            (1, 0.9468474993825461), (2, 0.9094932559773545), (3, 0.8809479557659419),
            (10, 0.7743669167614039), (30, 0.6675263338730357), (100, 0.5589067446271925),
        ] as [(Int64, Double)])
    func matchesPyFSRS(days: Int64, expected: Double) {
        let card = reviewCard(stability: 2.3065)
        #expect(isClose(plainScheduler.retrievability(of: card, at: newYear.advanced(by: .days(days))), expected))
    }

    @Test func isTheFormula() throws {
        let decay = -0.1542
        let factor = pow(0.9, 1 / decay) - 1
        for (stability, days) in [(0.5, 1), (2.3065, 7), (40.0, 365), (1_000.0, 12)] as [(Double, Int64)] {
            let expected = pow(1 + factor * Double(days) / stability, decay)
            let actual = plainScheduler.retrievability(of: reviewCard(stability: stability), at: newYear.advanced(by: .days(days)))
            #expect(isClose(actual, expected))
        }
    }

    /// FACTOR is chosen so that the stability is the time until retrievability falls to 90 %.
    @Test func isNinetyPercentAfterStabilityDays() {
        for stability in [1.0, 10.0, 365.0] {
            let actual = plainScheduler.retrievability(
                of: reviewCard(stability: stability), at: newYear.advanced(by: .days(Int64(stability))))
            #expect(isClose(actual, 0.9))
        }
    }

    /// py-fsrs counts whole days, floored: the first 24 hours (and a clock set back) count as 0 days.
    @Test func countsWholeDays() {
        let card = reviewCard(stability: 2.3065)
        let almostADay = newYear.advanced(by: .days(1) - .microseconds(1))
        #expect(plainScheduler.retrievability(of: card, at: almostADay) == 1)
        #expect(plainScheduler.retrievability(of: card, at: newYear.advanced(by: .minutes(-5))) == 1)
        #expect(isClose(plainScheduler.retrievability(of: card, at: newYear.advanced(by: .days(1))), 0.9468474993825461))
        let almostTwo = newYear.advanced(by: .days(2) - .seconds(1))
        #expect(isClose(plainScheduler.retrievability(of: card, at: almostTwo), 0.9468474993825461))
    }

    @Test func fallsWithTime() {
        let card = reviewCard(stability: 20)
        let values = (0..<50).map { plainScheduler.retrievability(of: card, at: newYear.advanced(by: .days($0 * 30)))! }
        #expect(zip(values, values.dropFirst()).allSatisfy { $0 > $1 })
    }

    @Test func isUnknownForANewCard() {
        #expect(plainScheduler.retrievability(of: ScheduledCard(id: 1, due: newYear), at: newYear) == nil)
    }
}
