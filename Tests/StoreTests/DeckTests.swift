import Foundation
import Scheduler
import Testing
import TifaTestSupport

@testable import Store

@Suite("Decks")
struct DeckTests {
    let now = date("2025-03-01T08:00:00Z")

    @Test("a new deck has the default settings")
    func createsWithDefaults() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let deck = try store.createDeck(named: "  外交  ", now: now)
        #expect(deck.name == "外交")
        #expect(deck.desiredRetention == 0.9)
        #expect(deck.newCardsPerDay == 20)
        #expect(deck.maximumReviewsPerDay == 200)
        #expect(deck.learningSteps == [60, 600])
        #expect(deck.relearningSteps == [600])
        #expect(deck.maximumInterval == 36500)
        #expect(deck.fsrsParameters == nil)
        #expect(deck.cardTypes == [.recognition, .production])
        #expect(deck.dayStartHour == 4)
        #expect(try store.deck(named: "外交") == deck)
        let steps = try store.dbWriter.read { db in
            try String.fetchOne(db, sql: "SELECT learning_steps FROM deck WHERE id = ?", arguments: [deck.id])
        }
        #expect(steps == "[60,600]")
    }

    @Test("deck names are unique without regard to ASCII case, and must be usable")
    func refusesDuplicateAndBadNames() throws {
        let store = try TemporaryFolder().openStore()
        try store.createDeck(named: "HSK", now: now)
        #expect(throws: StoreError.deckExists("HSK")) { try store.createDeck(named: "hsk", now: now) }
        #expect(throws: StoreError.invalidDeckName("  ")) { try store.createDeck(named: "  ", now: now) }
        #expect(throws: StoreError.invalidDeckName("a\tb")) { try store.createDeck(named: "a\tb", now: now) }
        #expect(try store.deck(named: "hsk").name == "HSK")
    }

    @Test("rename keeps the deck's notes; a taken name or a missing deck is refused")
    func renames() throws {
        let store = try TemporaryFolder().openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        try store.createDeck(named: "经济", now: now)
        let renamed = try store.renameDeck("外交", to: "外交部")
        #expect(renamed.name == "外交部")
        #expect(try store.noteDetails(inDeckNamed: "外交部").count == 2)
        #expect(throws: StoreError.deckExists("经济")) { try store.renameDeck("外交部", to: "经济") }
        #expect(throws: StoreError.noDeck("外交")) { try store.renameDeck("外交", to: "x") }
        #expect(try store.renameDeck("经济", to: "经济").name == "经济")
    }

    @Test("a deck with cards is deleted only when asked to, and takes everything with it")
    func deletes() throws {
        let store = try TemporaryFolder().openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        let card = try #require(try store.cards(inDeckNamed: "外交").first)
        try store.recordAnswer(
            cardID: card.card.id!, rating: .good,
            state: .learning(step: 1, memory: MemoryState(stability: 2.3, difficulty: 2.1)), due: now.addingTimeInterval(600), lastReview: now,
            reps: 1,
            durationMilliseconds: 3000, now: now)
        #expect(throws: StoreError.deckNotEmpty("外交", cards: 4)) {
            try store.deleteDeck(named: "外交", evenIfItHasCards: false)
        }
        #expect(try store.deleteDeck(named: "外交", evenIfItHasCards: true) == 4)
        #expect(try store.decks().isEmpty)
        for table in ["note", "example", "card", "review_log"] {
            #expect(try store.fetchInt("SELECT COUNT(*) FROM \(table)") == 0)
        }
        try store.createDeck(named: "空", now: now)
        #expect(try store.deleteDeck(named: "空", evenIfItHasCards: false) == 0)
        #expect(throws: StoreError.noDeck("空")) { try store.deleteDeck(named: "空", evenIfItHasCards: true) }
    }

    @Test("settings change one at a time and are checked")
    func updatesSettings() throws {
        let store = try TemporaryFolder().openStore()
        try store.createDeck(named: "外交", now: now)
        let deck = try store.updateDeckSettings(
            named: "外交",
            DeckSettingsChange(
                desiredRetention: 0.85, learningSteps: try StepDurations.parse("1m 10m 1h 1d"),
                maximumInterval: 3650),
            now: now)
        #expect(deck.desiredRetention == 0.85)
        #expect(deck.learningSteps == [60, 600, 3600, 86400])
        #expect(deck.maximumInterval == 3650)
        #expect(deck.newCardsPerDay == 20)
        #expect(try store.deck(named: "外交") == deck)

        let bad: [(DeckSettingsChange, String)] = [
            (DeckSettingsChange(desiredRetention: 1), "retention"),
            (DeckSettingsChange(desiredRetention: 0), "retention"),
            (DeckSettingsChange(newCardsPerDay: -1), "new cards per day"),
            (DeckSettingsChange(maximumReviewsPerDay: -5), "maximum reviews per day"),
            (DeckSettingsChange(learningSteps: [0]), "learning steps"),
            (DeckSettingsChange(maximumInterval: 0), "maximum interval"),
            (DeckSettingsChange(cardTypes: []), "card types"),
            (DeckSettingsChange(dayStartHour: 24), "day start hour"),
        ]
        for (change, name) in bad {
            let error = #expect(throws: StoreError.self) { try store.updateDeckSettings(named: "外交", change, now: now) }
            guard case let .invalidSetting(reported, _, _) = error else {
                Issue.record("expected invalidSetting, got \(String(describing: error))")
                continue
            }
            #expect(reported == name)
        }
        #expect(try store.deck(named: "外交") == deck)
    }

    @Test("steps read \"1m 10m 1h 1d\" and write back the same")
    func parsesSteps() throws {
        #expect(try StepDurations.parse("1m 10m 1h 1d") == [60, 600, 3600, 86400])
        #expect(try StepDurations.parse("10m") == [600])
        #expect(try StepDurations.parse("30s,5m") == [30, 300])
        #expect(try StepDurations.parse("") == [])
        #expect(try StepDurations.parse("none") == [])
        #expect(StepDurations.format([]) == "none")
        #expect(StepDurations.format([60, 600, 5400, 86400]) == "1m 10m 90m 1d")
        for text in ["10", "m", "1x", "-1m", "0m", "1.5h", "400d"] {
            #expect(throws: StoreError.invalidSteps(text)) { try StepDurations.parse(text) }
        }
    }

    @Test("enabling a card type gives every note of the deck its new card; disabling keeps the cards")
    func enablesCardTypes() throws {
        let store = try TemporaryFolder().openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        #expect(try store.cards(inDeckNamed: "外交").count == 4)
        let later = now.addingTimeInterval(3600)
        try store.updateDeckSettings(
            named: "外交", DeckSettingsChange(cardTypes: [.recognition, .production, .cloze]),
            now: later)
        let cards = try store.cards(inDeckNamed: "外交")
        #expect(cards.count == 6)
        #expect(cards.filter { $0.card.type == .cloze }.allSatisfy { $0.card.state == .new && $0.card.due == later })
        try store.updateDeckSettings(named: "外交", DeckSettingsChange(cardTypes: [.cloze]), now: later)
        #expect(try store.cards(inDeckNamed: "外交").count == 6)
        #expect(try store.dueCards(inDeckNamed: "外交", now: later, timeZone: utc).new.allSatisfy { $0.card.type == .cloze })
    }

    @Test("FSRS parameters are stored as 21 numbers within FSRS-6's bounds, with their origin, or reset")
    func storesParameters() throws {
        let store = try TemporaryFolder().openStore()
        try store.createDeck(named: "外交", now: now)
        var parameters = SchedulerParameters.defaultWeights
        parameters[0] = 0.5
        let set = try store.setFSRSParameters(parameters, origin: .fitted, deckNamed: "外交", now: now).deck
        #expect(set.fsrsParameters == parameters)
        #expect(try store.deck(named: "外交").fsrsParameters == parameters)
        #expect(try store.deck(named: "外交").fsrsParametersOrigin == .fitted)
        #expect(try store.deck(named: "外交").fsrsParametersChanged == now)
        #expect(throws: StoreError.self) { try store.setFSRSParameters([1, 2], deckNamed: "外交", now: now) }
        parameters[4] = 0.4
        #expect(throws: StoreError.self) { try store.setFSRSParameters(parameters, deckNamed: "外交", now: now) }
        let reset = try store.setFSRSParameters(nil, deckNamed: "外交", now: now).deck
        #expect(reset.fsrsParameters == nil)
        #expect(reset.fsrsParametersOrigin == nil)
    }
}
