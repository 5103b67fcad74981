import Foundation
import GRDB
import Scheduler
import Testing
import TifaTestSupport

@testable import Store

@Suite("FSRS parameters of a deck")
struct ParameterTests {
    let now = date("2025-03-01T08:00:00Z")

    @Test("a v1 database gains the parameters' origin; parameters stored before are kept, as fitted, after a backup")
    func migratesV1Database() throws {
        let folder = try TemporaryFolder()
        let parameters = SchedulerParameters.defaultWeights.map { $0 * 1.01 }
        do {
            // The database as the Tifa before v2 left it: only the first migration, user_version 1.
            let queue = try DatabaseQueue(path: folder.databaseURL.path)
            try Schema.migrator.migrate(queue, upTo: "v1 decks, notes, examples, cards, review log, known words")
            try queue.write { db in
                try db.execute(sql: "PRAGMA user_version = 1")
                try db.execute(
                    sql: "INSERT INTO deck (name, created, fsrs_parameters) VALUES ('外交', ?, ?)",
                    arguments: [now, String(decoding: try JSONEncoder().encode(parameters), as: UTF8.self)])
                try db.execute(sql: "INSERT INTO deck (name, created) VALUES ('经济', ?)", arguments: [now])
            }
            try queue.close()
        }
        let store = try folder.openStore()
        #expect(try store.fetchInt("PRAGMA user_version") == DeckStore.schemaVersion)
        let fitted = try store.deck(named: "外交")
        #expect(fitted.fsrsParameters == parameters)
        #expect(fitted.fsrsParametersOrigin == .fitted)
        #expect(fitted.fsrsParametersChanged == nil)
        #expect(try store.deck(named: "经济").fsrsParametersOrigin == nil)
        #expect(FileManager.default.fileExists(atPath: folder.databaseURL.path + ".backup-1"))
    }

    @Test("new parameters recompute stability and difficulty from the review log; due dates move only on request")
    func recomputesMemory() throws {
        let store = try TemporaryFolder().openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        let listing = try #require(store.cards(inDeckNamed: "外交").first)
        // Three answers scheduled with the defaults: Good, Good (graduates), Good four days later.
        let scheduler = Scheduler(parameters: try store.deck(named: "外交").schedulerParameters())
        var card = listing.card
        for (rating, moment) in [
            (Rating.good, now), (.good, now.addingTimeInterval(700)),
            (.good, now.addingTimeInterval(4 * 86_400)),
        ] {
            let outcome = scheduler.review(card.schedulerCard, rating: rating, now: Timestamp(moment))
            try store.recordAnswer(outcome, to: card)
            card = try store.card(id: card.id!).card
        }
        let before = try store.card(id: card.id!).card

        var parameters = SchedulerParameters.defaultWeights
        parameters[2] = 6.0  // S0(Good) from 2.3 to 6 days
        let kept = try store.setFSRSParameters(parameters, origin: .fitted, deckNamed: "外交", now: now)
        #expect(kept.cardsRecomputed == 1)
        #expect(kept.cardsRescheduled == 0)
        let recomputed = try store.card(id: card.id!).card
        #expect(recomputed.due == before.due)
        #expect(recomputed.state.kind == .review)
        #expect((recomputed.state.memory?.stability ?? 0) > (before.state.memory?.stability ?? 0))

        // The same replay by hand gives the same memory.
        let expected = Scheduler(parameters: try store.deck(named: "外交").schedulerParameters())
        var replayed = ScheduledCard(id: UInt64(card.id!), due: Timestamp(now))
        for log in try store.reviewLog(inDeckNamed: "外交") {
            replayed =
                expected.review(
                    replayed, rating: log.rating,
                    now: Timestamp(log.reviewedAt)
                ).card
        }
        #expect(recomputed.state.memory == replayed.state.memory)

        let moved = try store.setFSRSParameters(parameters, origin: .fitted, deckNamed: "外交", reschedule: true, now: now)
        #expect(moved.cardsRescheduled == 1)
        #expect(try store.card(id: card.id!).card.due == replayed.due.date)
        #expect(try store.card(id: card.id!).card.due > before.due)
    }
}
