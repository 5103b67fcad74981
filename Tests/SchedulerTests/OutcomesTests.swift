import Scheduler
import Testing

@Suite struct OutcomesTests {
    /// Cards in every state, reviewed early, on time, late and on the same day.
    static let cases: [(card: ScheduledCard, now: Timestamp)] = {
        var cases: [(ScheduledCard, Timestamp)] = [(ScheduledCard(id: 7, due: newYear), newYear)]
        for ratings in [[Rating.good], [.again], [.good, .good], [.good, .good, .good, .again], [.easy, .easy, .hard]] {
            let card = reviewWhenDue(ratings).last!.card
            for delay in [Duration.minutes(5), .days(1), .days(40), .days(800)] {
                cases.append((card, card.lastReview!.advanced(by: delay)))
            }
            cases.append((card, card.due))
        }
        return cases
    }()

    @Test func areTheFourReviews() {
        for scheduler in [plainScheduler, Scheduler()] {
            for (card, now) in Self.cases {
                let outcomes = scheduler.outcomes(for: card, now: now)
                for rating in Rating.allCases {
                    #expect(outcomes[rating] == scheduler.review(card, rating: rating, now: now), "\(card.state) \(rating)")
                    #expect(outcomes[rating].log.rating == rating)
                }
            }
        }
    }

    @Test func passesWaitLongerTheEasierTheAnswer() {
        for (card, now) in Self.cases where card.state.phase == .review {
            let outcomes = plainScheduler.outcomes(for: card, now: now)
            #expect(outcomes.again.log.interval <= outcomes.hard.log.interval)
            #expect(outcomes.hard.log.interval <= outcomes.good.log.interval)
            #expect(outcomes.good.log.interval <= outcomes.easy.log.interval)
        }
    }

    @Test func leaveTheCardAlone() {
        let card = reviewWhenDue([.good, .good]).last!.card
        let copy = card
        _ = plainScheduler.outcomes(for: card, now: card.due)
        #expect(card == copy)
        #expect(plainScheduler.review(card, rating: .good, now: card.due).card.reviewCount == card.reviewCount + 1)
    }
}
