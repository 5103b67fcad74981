import Foundation
import Scheduler
import Testing
import TifaTestSupport

@testable import Store

@Suite("Two tifa processes at once")
struct ConcurrencyTests {
    @Test("two connections writing at the same time lose nothing")
    func concurrentWritesAllLand() async throws {
        let folder = try TemporaryFolder()
        let now = date("2025-03-01T08:00:00Z")
        let first = try folder.openStore()
        let second = try folder.openStore()  // a second pool: its own writer connection, as another process has
        try first.upsertNotes(
            [NoteDraft(term: "甲"), NoteDraft(term: "乙")], toDeckNamed: "外交",
            createDeckIfMissing: true, policy: .extraction, now: now)
        let cards = try first.cards(inDeckNamed: "外交").map(\.card)
        let rounds = 60

        try await withThrowingTaskGroup(of: Void.self) { group in
            for (index, store) in [first, second].enumerated() {
                let card = cards[index]
                group.addTask {
                    for round in 1...rounds {
                        let moment = now.addingTimeInterval(Double(round))
                        try store.recordAnswer(
                            cardID: card.id!, rating: .good,
                            state: .review(memory: MemoryState(stability: Double(round), difficulty: 5)), due: moment.addingTimeInterval(86400),
                            lastReview: moment, reps: round,
                            durationMilliseconds: round, now: moment)
                        try store.addKnownWords(["词\(index)-\(round)"], now: moment)
                    }
                }
            }
            try await group.waitForAll()
        }

        let check = try folder.openStore()
        #expect(try check.reviewLog(inDeckNamed: "外交").count == 2 * rounds)
        #expect(try check.knownWords().count == 2 * rounds)
        for card in cards.prefix(2) {
            let stored = try check.card(id: card.id!).card
            #expect(stored.reps == rounds, "\(stored)")
        }
    }

    @Test("two processes opening a new file at once both get a migrated database")
    func concurrentFirstOpen() async throws {
        for _ in 0..<5 {
            let folder = try TemporaryFolder()
            let url = folder.databaseURL
            let stores = try await withThrowingTaskGroup(of: DeckStore.self) { group in
                for _ in 0..<2 { group.addTask { try DeckStore(fileAt: url) } }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            try stores[0].createDeck(named: "外交", now: date("2025-03-01T08:00:00Z"))
            #expect(try stores[1].decks().map(\.name) == ["外交"])
            #expect(try stores[1].fetchInt("PRAGMA user_version") == DeckStore.schemaVersion)
        }
    }
}
