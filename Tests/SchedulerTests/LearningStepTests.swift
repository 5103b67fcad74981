import Scheduler
import Testing

@Suite struct LearningStepTests {
    func scheduler(learning: [Duration], relearning: [Duration] = [.minutes(10)]) throws -> Scheduler {
        Scheduler(parameters: try SchedulerParameters(learningSteps: learning, relearningSteps: relearning, isFuzzEnabled: false))
    }

    func firstReview(_ rating: Rating, _ scheduler: Scheduler) -> ReviewOutcome {
        scheduler.review(ScheduledCard(id: 1, due: newYear), rating: rating, now: newYear)
    }

    /// Hard at the first step waits between Again (1 min) and Good (10 min): py-fsrs's mean of the first two steps.
    @Test func hardAtTheFirstStepWaitsTheMeanOfTheFirstTwo() {
        let outcome = firstReview(.hard, plainScheduler)
        #expect(outcome.log.interval == .seconds(330))
        #expect(outcome.card.due == newYear.advanced(by: .seconds(330)))
        #expect(outcome.card.state.phase == .learning)
        #expect(outcome.card.state.step == 0)
    }

    @Test func hardWithOneStepWaitsHalfAsLongAgain() throws {
        #expect(firstReview(.hard, try scheduler(learning: [.minutes(10)])).log.interval == .minutes(15))
    }

    @Test func hardAtALaterStepWaitsThatStep() throws {
        let scheduler = try scheduler(learning: [.minutes(1), .minutes(10), .minutes(60)])
        let atStep1 = firstReview(.good, scheduler).card
        #expect(atStep1.state.step == 1)
        let hard = scheduler.review(atStep1, rating: .hard, now: atStep1.due)
        #expect(hard.card.state.step == 1)
        #expect(hard.log.interval == .minutes(10))
    }

    /// `timedelta` keeps microseconds and rounds a halved step half to even; py-fsrs's delays inherit that.
    @Test func hardRoundsHalfMicrosecondsToEven() throws {
        #expect(
            firstReview(.hard, try scheduler(learning: [.microseconds(1_000_001), .microseconds(2_000_002)])).log.interval
                == .microseconds(1_500_002))
        #expect(firstReview(.hard, try scheduler(learning: [.microseconds(3)])).log.interval == .microseconds(4))
        #expect(firstReview(.hard, try scheduler(learning: [.microseconds(5)])).log.interval == .microseconds(8))
        #expect(firstReview(.hard, try scheduler(learning: [.seconds(7), .seconds(8)])).log.interval == .milliseconds(7_500))
    }

    @Test func goodMovesThroughTheStepsAndGraduates() {
        let first = firstReview(.good, plainScheduler)
        #expect(first.card.state.step == 1)
        #expect(first.log.interval == .minutes(10))
        let second = plainScheduler.review(first.card, rating: .good, now: first.card.due)
        #expect(second.card.state.phase == .review)
        #expect(second.card.state.step == nil)
        #expect(second.log.interval == .days(2))
    }

    @Test func easyGraduatesAtOnce() {
        let outcome = firstReview(.easy, plainScheduler)
        #expect(outcome.card.state == .review(memory: MemoryState(stability: 8.2956, difficulty: 1)))
        #expect(outcome.log.interval == .days(8))
    }

    @Test func againGoesBackToTheFirstStep() {
        let atStep1 = firstReview(.good, plainScheduler).card
        let again = plainScheduler.review(atStep1, rating: .again, now: atStep1.due)
        #expect(again.card.state.step == 0)
        #expect(again.card.state.phase == .learning)
        #expect(again.log.interval == .minutes(1))
    }

    @Test func withoutLearningStepsTheFirstReviewGraduates() throws {
        let scheduler = try scheduler(learning: [])
        for rating in Rating.allCases {
            let outcome = firstReview(rating, scheduler)
            #expect(outcome.card.state.phase == .review)
            #expect(outcome.log.interval >= .days(1))
        }
    }

    @Test func aLapseRelearnsThenGraduates() {
        let review = reviewWhenDue([.good, .good]).last!.card
        let lapse = plainScheduler.review(review, rating: .again, now: review.due)
        #expect(lapse.card.state.phase == .relearning)
        #expect(lapse.card.state.step == 0)
        #expect(lapse.log.interval == .minutes(10))
        let hard = plainScheduler.review(lapse.card, rating: .hard, now: lapse.card.due)
        #expect(hard.card.state.phase == .relearning)
        #expect(hard.log.interval == .minutes(15))
        let good = plainScheduler.review(hard.card, rating: .good, now: hard.card.due)
        #expect(good.card.state.phase == .review)
    }

    @Test func withoutRelearningStepsALapseStaysInReview() throws {
        let scheduler = try scheduler(learning: [.minutes(1), .minutes(10)], relearning: [])
        let review = reviewWhenDue([.good, .good], with: scheduler).last!.card
        let lapse = scheduler.review(review, rating: .again, now: review.due)
        #expect(lapse.card.state.phase == .review)
        #expect(lapse.log.interval == .days(1))
    }

    /// A card scheduled with more steps than the scheduler now has: py-fsrs graduates any pass, and Again
    /// starts over at the first step.
    @Test func aStepBeyondTheLastOneGraduatesOnAPass() {
        let memory = MemoryState(stability: 2.3065, difficulty: 2.1181)
        let card = ScheduledCard(id: 1, state: .learning(step: 5, memory: memory), due: newYear, lastReview: newYear, reviewCount: 6)
        let now = newYear.advanced(by: .minutes(30))
        #expect(plainScheduler.review(card, rating: .hard, now: now).card.state.phase == .review)
        let again = plainScheduler.review(card, rating: .again, now: now)
        #expect(again.card.state.step == 0)
        #expect(again.log.interval == .minutes(1))
    }

    /// Within 24 hours of the last review stability follows the same-day formula (Good here leaves it as it is,
    /// Again lowers it); from exactly 24 hours on, the recall and forgetting formulas. py-fsrs's values.
    @Test func sameDayReviewsUseTheShortTermFormula() {
        let first = firstReview(.good, plainScheduler).card
        let good = plainScheduler.review(first, rating: .good, now: newYear.advanced(by: .minutes(180)))
        #expect(good.card.state == .review(memory: MemoryState(stability: 2.3065, difficulty: 2.111214235785395)))
        let again = plainScheduler.review(first, rating: .again, now: newYear.advanced(by: .minutes(180)))
        #expect(isClose(again.card.state.memory?.stability, 0.7750839828558984))
        #expect(isClose(again.card.state.memory?.difficulty, 7.394502741279718))

        let justUnderADay = plainScheduler.review(first, rating: .good, now: newYear.advanced(by: .days(1) - .microseconds(1)))
        #expect(justUnderADay.card.state.memory?.stability == 2.3065)
        let oneDay = plainScheduler.review(first, rating: .good, now: newYear.advanced(by: .days(1)))
        #expect(oneDay.card.state.memory!.stability > 2.3065)
        #expect(oneDay.log.elapsedDays == 1)
    }
}
