import Scheduler
import Testing

/// The workload simulation behind `tifa fsrs simulate`, on a small deck.
@Suite struct WorkloadSimulationTests {
    let simulation = WorkloadSimulation(
        parameters: .default, configuration: SimulationConfiguration(newCards: 200, days: 60, newCardsPerDay: 10),
        cards: [SimulatedCard(memory: MemoryState(stability: 5, difficulty: 5), lastReviewDay: -3, dueDay: 2)])

    @Test func higherRetentionCostsMoreAndKeepsMore() throws {
        let low = try simulation.run(desiredRetention: 0.75)
        let high = try simulation.run(desiredRetention: 0.95)
        #expect(high.reviewsPerDay > low.reviewsPerDay)
        #expect(high.minutesPerDay > low.minutesPerDay)
        #expect(high.remembered > low.remembered)
        #expect(high.remembered <= 201)
    }

    @Test func seededRunsRepeat() throws {
        #expect(try simulation.run(desiredRetention: 0.9) == simulation.run(desiredRetention: 0.9))
    }

    @Test func retentionOutsideZeroToOneIsRefused() {
        #expect(throws: SchedulerParametersError.desiredRetention(1.2)) { try simulation.run(desiredRetention: 1.2) }
    }
}
