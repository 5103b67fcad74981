import Foundation
import Testing

@testable import Scheduler

/// The optimizer's parts on their own: the gradient, clipping, pre-training, training items.
@Suite struct OptimizerTests {
    /// A few items exercising every branch: first answers of each rating, same-day reviews, lapses, Hard and Easy.
    static let items: [TrainingItem] = [
        [(3, 0), (3, 2)], [(1, 0), (1, 0), (3, 1)], [(2, 0), (3, 1), (1, 3)], [(4, 0), (4, 5)],
        [(3, 0), (3, 0), (3, 1), (2, 4), (1, 9), (3, 0), (3, 2)], [(1, 0), (3, 1), (4, 3), (3, 12)],
        [(2, 0), (2, 2), (1, 0), (1, 4)], [(3, 0), (1, 3)],
    ].map { TrainingItem(reviews: $0.map { TrainingReview(rating: Rating(rawValue: $0.0) ?? .again, deltaDays: $0.1) }) }

    /// Away from the defaults and the clamps, so that every parameter moves the loss smoothly; with w17 and w18
    /// at 1.2 a lapse is held at its ceiling S/e^(w17·w18) instead of the long-term formula.
    @Test(arguments: [(0.3, 0.5), (1.2, 1.2)])
    func gradientMatchesFiniteDifferences(w17: Double, w18: Double) {
        var parameters = SchedulerParameters.defaultWeights
        parameters[7] = 0.05
        parameters[17] = w17
        parameters[18] = w18
        let start = SchedulerParameters.defaultWeights
        // Two of the items again as prefixes of a longer one, so that a chain predicts several targets.
        let items = Self.items + [TrainingItem(reviews: Self.items[4].reviews + [TrainingReview(rating: .good, deltaDays: 7)])]
        let batch = ItemChain.make(Array(zip(items, RecencyWeights.make(count: items.count))))
        #expect(batch.count == Self.items.count)
        let gradient = Optimizer.gradient(of: batch, parameters: parameters, start: start, penaltyShare: 0.3)
        for index in parameters.indices {
            let h = 1e-6 * max(1, abs(parameters[index]))
            var up = parameters
            var down = parameters
            up[index] += h
            down[index] -= h
            let difference =
                (Optimizer.loss(of: batch, parameters: up, start: start, penaltyShare: 0.3)
                    - Optimizer.loss(of: batch, parameters: down, start: start, penaltyShare: 0.3)) / (2 * h)
            #expect(
                abs(gradient[index] - difference) <= 1e-5 * max(1, abs(difference)),
                "w\(index): \(gradient[index]) vs finite difference \(difference)")
        }
    }

    @Test func clippingKeepsEachParameterInItsRange() {
        let low = ParameterClipping.clipped(Array(repeating: -5, count: 21), relearningStepCount: 1)
        #expect(
            low == [
                0.001, 0.001, 0.001, 0.001, 1, 0.001, 0.001, 0.001, 0, 0, 0.001, 0.001, 0.001, 0.001, 0, 0, 1,
                0, 0, 0.01, 0.1,
            ])
        let high = ParameterClipping.clipped(Array(repeating: 500, count: 21), relearningStepCount: 1)
        #expect(high == [100, 100, 100, 100, 10, 4, 4, 0.75, 4.5, 0.8, 3.5, 5, 0.25, 0.9, 4, 1, 6, 2, 2, 0.8, 0.8])
        #expect(
            ParameterClipping.clipped(SchedulerParameters.defaultWeights, relearningStepCount: 1)
                == SchedulerParameters.defaultWeights)
    }

    /// With several relearning steps, w17 and w18 are bounded so that the steps cannot undo a lapse.
    @Test func severalRelearningStepsLowerTheSameDayCeiling() {
        let w = SchedulerParameters.defaultWeights
        let ceiling = ParameterClipping.sameDayCeiling(w, relearningStepCount: 3)
        let expected = (-(log(w[11]) + log(pow(2, w[13]) - 1) + 0.3 * w[14]) / 3).squareRoot()
        #expect(abs(ceiling - min(2, expected)) < 1e-12)
        #expect(ceiling < 2)
        var high = w
        high[17] = 1.9
        #expect(ParameterClipping.clipped(high, relearningStepCount: 3)[17] == ceiling)
    }

    @Test func pretrainingFindsTheStabilityOfTheRecallCurve() {
        // 100 cards first answered Good, next seen after 3 days with 90 % recall: S0(Good) is close to 3 days,
        // pulled a little towards the default 2.3065 and by the smoothing.
        var items: [TrainingItem] = []
        for index in 0..<100 {
            items.append(
                TrainingItem(reviews: [
                    TrainingReview(rating: .good, deltaDays: 0),
                    TrainingReview(rating: index < 90 ? .good : .again, deltaDays: 3),
                ]))
        }
        let stabilities = Pretraining.fit(items, averageRecall: 0.9)?.stabilities ?? []
        #expect(stabilities.count == 4)
        #expect((2.8...3.1).contains(stabilities[2]))
        // The other answers are filled in proportion to the defaults, so their order is kept.
        #expect(stabilities == stabilities.sorted())
        #expect(abs(stabilities[0] / stabilities[2] - 0.212 / 2.3065) < 1e-6)
    }

    @Test func smoothingMakesStabilityGrowWithTheAnswer() {
        let filled = Pretraining.smoothAndFill([.again: 5, .good: 2, .easy: 20], counts: [.again: 10, .good: 50, .easy: 5])
        // Good has more cards than Again, so Again takes Good's value; Hard is filled between them.
        #expect(filled[0] == 2)
        #expect(filled[2] == 2)
        #expect(filled[3] == 20)
        #expect(abs(filled[1] - 2) < 1e-12)
    }

    @Test func minimiserFindsAParabolasVertex() {
        let x = Pretraining.minimise(in: 0.001...100) { ($0 - 7.25) * ($0 - 7.25) }
        #expect(abs(x - 7.25) < 1e-9)
    }

    @Test func itemsAreOneForEachReviewOnALaterDay() throws {
        let start = try Timestamp(iso8601: "2025-01-01T08:00:00Z")
        let hour: Int64 = 3_600_000_000
        func at(_ hours: Int64) -> Timestamp { Timestamp(microsecondsSince1970: start.microsecondsSince1970 + hours * hour) }
        let history = TrainingItems.History(reviews: [
            (.again, at(0)), (.good, at(1)), (.good, at(30)), (.hard, at(31)), (.good, at(100)),
        ])
        let items = TrainingItems.make(from: [history])
        #expect(items.map(\.reviews.count) == [3, 5])
        #expect(items[1].reviews.map(\.deltaDays) == [0, 0, 1, 0, 2])
        #expect(items[1].longTermReviewCount == 2)
    }

    @Test func tooFewReviewsSaysHowManyMoreAreNeeded() {
        #expect(throws: OptimizerError.tooFewReviews(items: 3, needed: 8)) {
            try Optimizer().fit(Array(Self.items.prefix(3)))
        }
        let message = OptimizerError.tooFewReviews(items: 3, needed: 8).errorDescription ?? ""
        #expect(message.contains("5 more"))
        // Enough reviews, but no first answer with the 20 cards pre-training needs.
        let spread = (0..<12).map { Self.items[$0 % Self.items.count] }
        #expect(throws: OptimizerError.tooFewFirstReviews(largestGroup: 3, needed: 20)) { try Optimizer().fit(spread) }
    }
}
