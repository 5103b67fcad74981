import Scheduler
import Testing

@Suite struct ParameterValidationTests {
    @Test func defaultsArePyFSRSs() throws {
        let parameters = try SchedulerParameters()
        #expect(parameters == SchedulerParameters.default)
        #expect(parameters.weights.count == 21)
        #expect(parameters.weights[20] == 0.1542)
        #expect(parameters.desiredRetention == 0.9)
        #expect(parameters.learningSteps == [.seconds(60), .seconds(600)])
        #expect(parameters.relearningSteps == [.seconds(600)])
        #expect(parameters.maximumInterval == 36_500)
        #expect(parameters.isFuzzEnabled)
    }

    @Test(arguments: [0, 20, 22])
    func needsTwentyOneWeights(count: Int) {
        #expect(throws: SchedulerParametersError.weightCount(count)) {
            try SchedulerParameters(weights: Array(repeating: 1, count: count))
        }
    }

    @Test func acceptsTheBounds() throws {
        for index in 0..<21 {
            for value in [SchedulerParameters.weightBounds[index].lowerBound, SchedulerParameters.weightBounds[index].upperBound] {
                var weights = SchedulerParameters.defaultWeights
                weights[index] = value
                _ = try SchedulerParameters(weights: weights)
            }
        }
    }

    @Test func refusesEachWeightOutOfBounds() {
        for index in 0..<21 {
            let bounds = SchedulerParameters.weightBounds[index]
            for value in [bounds.lowerBound.nextDown, bounds.upperBound.nextUp, .nan, .infinity] {
                var weights = SchedulerParameters.defaultWeights
                weights[index] = value
                let error = #expect(throws: SchedulerParametersError.self) { try SchedulerParameters(weights: weights) }
                guard case .weightsOutOfBounds(let problems) = error else {
                    Issue.record("w\(index) = \(value): \(String(describing: error))")
                    continue
                }
                #expect(problems.map(\.index) == [index])
            }
        }
    }

    @Test func namesEveryWeightOutOfBounds() {
        var weights = SchedulerParameters.defaultWeights
        weights[4] = 11
        weights[20] = 0
        let error = #expect(throws: SchedulerParametersError.self) { try SchedulerParameters(weights: weights) }
        let text = String(describing: error)
        #expect(text.contains("w4 = 11.0") && text.contains("w20 = 0.0") && text.contains("0.1…0.8"), "\(text)")
    }

    @Test(arguments: [0, 1, -0.1, 1.5, .nan])
    func refusesARetentionThatHasNoInterval(retention: Double) {
        #expect(throws: SchedulerParametersError.self) { try SchedulerParameters(desiredRetention: retention) }
    }

    @Test func acceptsRetentionsInsideZeroToOne() throws {
        for retention in [0.01, 0.5, 0.7, 0.97, 0.999] { _ = try SchedulerParameters(desiredRetention: retention) }
    }

    @Test func refusesStepsThatAreNotPositive() {
        #expect(throws: SchedulerParametersError.learningStep(.zero)) {
            try SchedulerParameters(learningSteps: [.seconds(60), .zero])
        }
        #expect(throws: SchedulerParametersError.relearningStep(.seconds(-60))) {
            try SchedulerParameters(relearningSteps: [.seconds(-60)])
        }
    }

    @Test func acceptsNoSteps() throws {
        let parameters = try SchedulerParameters(learningSteps: [], relearningSteps: [])
        #expect(parameters.learningSteps.isEmpty)
    }

    @Test(arguments: [0, -1, 1_000_001])
    func refusesAMaximumIntervalOutOfRange(days: Int) {
        #expect(throws: SchedulerParametersError.maximumInterval(days)) { try SchedulerParameters(maximumInterval: days) }
    }

    @Test func describesTheProblemInOneSentence() {
        #expect(String(describing: SchedulerParametersError.weightCount(3)) == "expected 21 parameters, got 3")
        #expect(String(describing: SchedulerParametersError.desiredRetention(1.5)).contains("1.5"))
        #expect(String(describing: SchedulerParametersError.learningStep(.zero)).contains("0s"))
    }
}
