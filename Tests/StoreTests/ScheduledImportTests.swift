import Foundation
import Scheduler
import Testing
import TifaTestSupport

@testable import Store

/// `importScheduledNotes`: notes with their cards, schedules and history, as an Anki package brings them.
@Suite("Importing notes with schedules and history")
struct ScheduledImportTests {
    let now = date("2026-03-15T10:00:00Z")

    func reviewed(_ term: String, guid: String, reviews times: [String]) -> ScheduledNoteImport {
        var reviews: [ImportedReview] = []
        var card = Card(noteID: 0, type: .recognition, due: now)
        for (index, time) in times.enumerated() {
            let at = date(time)
            var after = card
            after.state = .review(memory: MemoryState(stability: Double(index + 2), difficulty: 5))
            after.due = at.addingTimeInterval(Double(index + 2) * 86_400)
            after.lastReview = at
            after.reps = index + 1
            reviews.append(
                ImportedReview(
                    reviewedAt: at, rating: .good, durationMilliseconds: 3000, stateBefore: card.state.kind,
                    memoryBefore: card.state.memory, dueBefore: card.due, lastReviewBefore: card.lastReview,
                    repsBefore: card.reps, lapsesBefore: card.lapses, stateAfter: after.state.kind,
                    memoryAfter: after.state.memory, dueAfter: after.due, ankiEase: 2500))
            card = after
        }
        return ScheduledNoteImport(
            note: NoteDraft(line: 1, guid: guid, term: term, gloss: "a gloss"), deckName: "Anki",
            cards: [
                ScheduledCardImport(
                    type: .recognition, state: card.state, due: card.due, lastReview: card.lastReview,
                    reps: card.reps, lapses: card.lapses, suspended: false, buriedUntil: nil, reviews: reviews)
            ])
    }

    @Test("a deck made for the import studies the card types it brings; answers keep Anki's ease")
    func firstImport() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let result = try store.importScheduledNotes(
            [reviewed("多边主义", guid: "g1", reviews: ["2026-03-01T08:00:00Z", "2026-03-03T08:00:00Z"])], now: now)
        #expect(result.createdDecks == ["Anki"])
        #expect((result.notesAdded, result.cardsAdded, result.reviewsAdded) == (1, 1, 2))
        #expect(try store.deck(named: "Anki").cardTypes == [.recognition])
        let history = try store.studyHistory(inDeckNamed: "Anki")
        #expect(history.reviews.map(\.ankiEase) == [2500, 2500])
        #expect(history.cards.first?.note.guid == "g1")
    }

    @Test("a deck made for the import takes the other program's deck options; a deck the learner has keeps its own")
    func deckOptions() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        var weights = Array(SchedulerParameters.defaultWeights)
        weights[0] = 0.3
        let options = ImportedDeckOptions(
            settings: DeckSettingsChange(
                desiredRetention: 0.85, newCardsPerDay: 15, learningSteps: [120, 1200],
                relearningSteps: [300]),
            fsrsParameters: weights)
        _ = try store.importScheduledNotes(
            [reviewed("多边主义", guid: "g1", reviews: ["2026-03-01T08:00:00Z"])],
            deckOptions: ["Anki": options], now: now)
        let deck = try store.deck(named: "Anki")
        #expect(
            (deck.desiredRetention, deck.newCardsPerDay, deck.learningSteps, deck.relearningSteps)
                == (0.85, 15, [120, 1200], [300]))
        #expect(deck.fsrsParameters == weights && deck.fsrsParametersOrigin == .fitted)
        #expect(deck.maximumReviewsPerDay == 200)
        // The learner changes the deck; importing again with other options leaves it so.
        _ = try store.updateDeckSettings(named: "Anki", DeckSettingsChange(desiredRetention: 0.92), now: now)
        var other = options
        other.settings.desiredRetention = 0.8
        _ = try store.importScheduledNotes(
            [reviewed("多边主义", guid: "g1", reviews: ["2026-03-01T08:00:00Z"])],
            deckOptions: ["Anki": other], now: now)
        #expect(try store.deck(named: "Anki").desiredRetention == 0.92)
    }

    @Test("a later package adds only the new answers; a card studied since in Tifa keeps its own schedule")
    func laterImports() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        _ = try store.importScheduledNotes(
            [reviewed("多边主义", guid: "g1", reviews: ["2026-03-01T08:00:00Z"])],
            now: now)
        let longer = reviewed("多边主义", guid: "g1", reviews: ["2026-03-01T08:00:00Z", "2026-03-04T08:00:00Z"])
        let second = try store.importScheduledNotes([longer], now: now)
        #expect((second.cardsUpdated, second.reviewsAdded, second.reviewsPresent) == (1, 1, 1))

        let card = try #require(try store.cards(inDeckNamed: "Anki").first?.card)
        var mine = card
        mine.state = .review(memory: MemoryState(stability: 9, difficulty: 4))
        mine.due = date("2026-03-20T10:00:00Z")
        mine.lastReview = date("2026-03-10T10:00:00Z")
        mine.reps = 3
        try store.recordAnswer(
            cardID: card.id ?? 0, rating: .good, state: mine.state, due: mine.due, lastReview: mine.lastReview,
            reps: mine.reps, durationMilliseconds: 2000, now: date("2026-03-10T10:00:00Z"))
        let third = try store.importScheduledNotes([longer], now: now)
        #expect((third.cardsUnchanged, third.reviewsAdded, third.notesUnchanged) == (1, 0, 1))
        #expect(try store.cards(inDeckNamed: "Anki").first?.card == mine)
    }

    @Test("a failure leaves nothing behind: one transaction")
    func oneTransaction() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        // The second deck's name is refused inside the transaction, after the first deck was made.
        var bad = reviewed("多边主义", guid: "g1", reviews: ["2026-03-01T08:00:00Z"])
        bad.deckName = "bad\u{1}name"
        #expect(throws: StoreError.self) {
            try store.importScheduledNotes([reviewed("碳中和", guid: "g2", reviews: []), bad], now: now)
        }
        #expect(try store.decks().isEmpty)
    }
}
