import Scheduler
import Testing

@Suite struct FuzzTests {
    /// py-fsrs's `_get_fuzz_range`, computed by running its code: ±15 % of the days between 2.5 and 7, ±10 %
    /// between 7 and 20, ±5 % beyond, plus one day, rounded half to even, at least 2, at most the maximum.
    @Test(
        arguments: [
            (3, 36_500, 2...4), (4, 36_500, 3...5), (5, 36_500, 4...6), (7, 36_500, 5...9), (10, 36_500, 8...12),
            (20, 36_500, 17...23), (21, 36_500, 18...24), (100, 36_500, 93...107), (365, 36_500, 345...385),
            (36_500, 36_500, 34_673...36_500), (10, 10, 8...10), (3, 3, 2...3),
        ] as [(Int, Int, ClosedRange<Int>)])
    func rangesArePyFSRSs(days: Int, maximum: Int, expected: ClosedRange<Int>) {
        #expect(Fuzz.range(days: days, maximumInterval: maximum) == expected)
    }

    @Test func sameSeedSameDay() {
        for days in [3, 10, 100, 5_000] {
            for seed: UInt64 in [0, 1, 42, .max] {
                #expect(Fuzz.days(days, maximumInterval: 36_500, seed: seed) == Fuzz.days(days, maximumInterval: 36_500, seed: seed))
            }
        }
    }

    /// Flooring a factor in [0, 1) over the range's days reaches every day of the range and none outside it.
    @Test func staysWithinTheRangeAndCoversIt() {
        for days in [3, 7, 10, 50, 365] {
            let range = Fuzz.range(days: days, maximumInterval: 36_500)
            let drawn = Set((0..<2_000 as Range<UInt64>).map { Fuzz.days(days, maximumInterval: 36_500, seed: $0 &* 0x9E37_79B9) })
            #expect(drawn == Set(range), "\(days) days")
        }
    }

    @Test func leavesShortIntervalsAlone() {
        for seed: UInt64 in 0..<100 {
            #expect(Fuzz.days(1, maximumInterval: 36_500, seed: seed) == 1)
            #expect(Fuzz.days(2, maximumInterval: 36_500, seed: seed) == 2)
        }
    }

    /// The scheduler seeds from the card id and its review count: the same card answered the same way at the same
    /// time gets the same date, and other cards spread around it.
    @Test func theSchedulerIsDeterministic() {
        let fuzzed = Scheduler()
        let plainReview = reviewWhenDue([.good, .good, .good]).last!.card
        let now = plainReview.due
        let first = fuzzed.review(plainReview, rating: .good, now: now)
        let again = fuzzed.review(plainReview, rating: .good, now: now)
        #expect(first == again)

        let unfuzzedDays = Int(plainScheduler.review(plainReview, rating: .good, now: now).log.interval / .days(1))
        let range = Fuzz.range(days: unfuzzedDays, maximumInterval: 36_500)
        var days: Set<Int> = []
        for id: UInt64 in 1...200 {
            var card = plainReview
            card.id = id
            let outcome = fuzzed.review(card, rating: .good, now: now)
            let interval = outcome.log.interval
            #expect(interval == .days(Int64(interval / .days(1))), "whole days")
            days.insert(Int(interval / .days(1)))
            #expect(outcome.card.due == now.advanced(by: interval))
        }
        #expect(days.isSubset(of: Set(range)))
        #expect(days.count > 1)
    }

    /// Only review intervals are fuzzed, never a (re)learning step.
    @Test func learningStepsAreNotFuzzed() {
        let fuzzed = Scheduler()
        for id: UInt64 in 1...50 {
            let outcome = fuzzed.review(ScheduledCard(id: id, due: newYear), rating: .hard, now: newYear)
            #expect(outcome.log.interval == .seconds(330))
        }
    }

    @Test func respectsTheMaximumInterval() throws {
        let scheduler = Scheduler(parameters: try SchedulerParameters(maximumInterval: 30))
        var card = reviewWhenDue([.easy, .easy, .easy], with: scheduler).last!.card
        for id: UInt64 in 1...100 {
            card.id = id
            #expect(scheduler.review(card, rating: .easy, now: card.due).log.interval <= .days(30))
        }
    }

    /// SplitMix64's published test vector for seed 1234567, so the fuzz is the same on every platform.
    @Test func splitMix64IsTheReferenceGenerator() {
        var generator = SplitMix64(seed: 1_234_567)
        #expect(
            (0..<5).map { _ in generator.next() } == [
                6_457_827_717_110_365_317, 3_203_168_211_198_807_973, 9_817_491_932_198_370_423,
                4_593_380_528_125_082_431, 16_408_922_859_458_223_821,
            ])
    }
}
