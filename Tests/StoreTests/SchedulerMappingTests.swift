import Foundation
import Scheduler
import Testing
import TifaTestSupport

@testable import Store

@Suite("Between the store and the scheduler")
struct SchedulerMappingTests {
    let start = date("2025-01-01T00:00:00Z")

    @Test("answers scheduled by the real scheduler go into the store and come back unchanged")
    func reviewsThroughTheStore() throws {
        let store = try TemporaryFolder().openStore()
        try store.upsertNotes([NoteDraft(term: "同舟共济")], toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: start)
        let deck = try store.deck(named: "外交")
        let scheduler = Scheduler(parameters: try deck.schedulerParameters(fuzz: false))
        var card = try #require(store.cards(inDeckNamed: "外交").first?.card)

        // py-fsrs 6.3.2, fuzz off, each review when due: Good → Learning 2.3065/2.1181/10m → Review 2.3065/2.1112/2d.
        var now = start
        for rating in [Rating.good, .good] {
            let outcome = scheduler.review(card.schedulerCard, rating: rating, now: Timestamp(now), duration: 2500)
            try store.recordAnswer(outcome, to: card)
            card = try store.card(id: card.id!).card
            #expect(card.schedulerCard == outcome.card)
            now = card.due
        }
        #expect(card.state.kind == .review && card.reps == 2 && card.lapses == 0)
        #expect(abs(card.state.memory!.stability - 2.3065) < 1e-4)
        #expect(abs(card.state.memory!.difficulty - 2.1112) < 1e-4)
        #expect(card.due == start.addingTimeInterval(600 + 2 * 86400))

        let lapse = scheduler.review(card.schedulerCard, rating: .again, now: Timestamp(now))
        let log = try store.recordAnswer(lapse, to: card)
        #expect(log.rating == .again && log.stateBefore == .review && log.stateAfter == .relearning)
        card = try store.card(id: card.id!).card
        #expect(card.state.kind == .relearning && card.state.step == 0 && card.lapses == 1 && card.reps == 3)
        #expect(try store.reviewLog(inDeckNamed: "外交").map(\.durationMilliseconds) == [2500, 2500, 0])
    }

    @Test("a new card maps to the scheduler's new card, with the card's id for its fuzz")
    func mapsNewCard() throws {
        let card = Card(id: 7, noteID: 1, type: .recognition, due: start)
        #expect(card.schedulerCard == ScheduledCard(id: 7, due: Timestamp(start)))
    }

    @Test("a card row in review without stability, or in learning without a step, is reported, not read")
    func refusesInconsistentCard() {
        #expect(throws: StoreError.inconsistentCard(7, reason: "it is in review without stability and difficulty")) {
            try Card.state(id: 7, kind: .review, step: nil, stability: nil, difficulty: nil)
        }
        #expect(throws: StoreError.inconsistentCard(7, reason: "it is in learning without a step")) {
            try Card.state(id: 7, kind: .learning, step: nil, stability: 1, difficulty: 5)
        }
    }

    @Test("a deck's settings become the scheduler's parameters")
    func mapsParameters() throws {
        var deck = Deck(
            name: "外交", created: start, desiredRetention: 0.85, learningSteps: [60, 600, 3600],
            relearningSteps: [], maximumInterval: 3650)
        let parameters = try deck.schedulerParameters()
        #expect(parameters.desiredRetention == 0.85)
        #expect(parameters.learningSteps == [.seconds(60), .seconds(600), .seconds(3600)])
        #expect(parameters.relearningSteps.isEmpty)
        #expect(parameters.maximumInterval == 3650)
        #expect(parameters.weights == SchedulerParameters.defaultWeights)
        deck.fsrsParameters = Array(repeating: 100, count: 21)
        #expect(throws: StoreError.self) { try deck.schedulerParameters() }
    }
}
