import Foundation
import Review
import Scheduler
import Store
import Testing
import TifaTestSupport

@Suite("A review session with fitted FSRS parameters")
struct FittedParametersTests {
    @Test("a deck's fitted parameters schedule its session: a first Easy gets S0(Easy) = w3 and its interval")
    func sessionUsesDeckParameters() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith([NoteDraft(term: "甲", gloss: "first")], now: morning, in: folder)
        var fitted = SchedulerParameters.defaultWeights
        fitted[3] = 30  // S0(Easy): 8.3 days by default, 30 fitted
        try store.setFSRSParameters(fitted, origin: .fitted, deckNamed: "外交", now: morning)

        let clock = ManualClock(morning)
        let console = ScriptedConsole(keys: " 4 q", clock: clock)
        _ = try session(store, clock).run(on: console)

        let log = try #require(try store.reviewLog(inDeckNamed: "外交").first)
        let card = try store.card(id: log.cardID).card
        #expect(card.state.memory?.stability == 30)
        // At 90 % retention the interval equals the stability: 30 days, give or take fuzz (±2.5 days at 30).
        let days = card.due.timeIntervalSince(log.reviewedAt) / 86_400
        #expect((27...33).contains(days))
    }
}
