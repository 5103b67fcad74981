import Foundation
import Scheduler
import Testing
import TifaTestSupport

@testable import Store

@Suite("What is due, per study day")
struct StudyCountTests {
    /// 10:00 in Beijing on 1 March 2025; the deck's study day starts at 04:00 Beijing time.
    let morning = date("2025-03-01T02:00:00Z")

    @Test("a study day runs from the day-start hour to the same hour the next day, local time")
    func studyDay() {
        let late = StudyDay(containing: date("2025-03-01T15:00:00Z"), dayStartHour: 4, timeZone: shanghai)
        #expect(late.start == date("2025-02-28T20:00:00Z"))
        #expect(late.end == date("2025-03-01T20:00:00Z"))
        let beforeStart = StudyDay(containing: date("2025-03-01T19:59:59Z"), dayStartHour: 4, timeZone: shanghai)
        #expect(beforeStart == late)
        let atStart = StudyDay(containing: date("2025-03-01T20:00:00Z"), dayStartHour: 4, timeZone: shanghai)
        #expect(atStart.start == date("2025-03-01T20:00:00Z"))
        #expect(atStart.end == date("2025-03-02T20:00:00Z"))
        let midnight = StudyDay(containing: date("2025-03-01T00:30:00Z"), dayStartHour: 0, timeZone: utc)
        #expect(midnight.start == date("2025-03-01T00:00:00Z"))
        // A clock change: in New York, the study day from 04:00 on 8 March 2025 to 04:00 on 9 March is 23 hours.
        let newYork = TimeZone(identifier: "America/New_York")!
        let spring = StudyDay(containing: date("2025-03-09T06:00:00Z"), dayStartHour: 4, timeZone: newYork)
        #expect(spring.end.timeIntervalSince(spring.start) == 23 * 3600)
    }

    /// Deck 外交, new cards 5 a day, with four notes (eight cards); this morning note A's two cards were learnt
    /// (one due at 03:00 tomorrow, one at 05:00 tomorrow) and note B's recognition card is in learning.
    func scenario() throws -> (TemporaryFolder, DeckStore, [CardListing]) {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let drafts = ["甲", "乙", "丙", "丁"].map { NoteDraft(term: $0) }
        try store.upsertNotes(drafts, toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: morning.addingTimeInterval(-86400))
        try store.updateDeckSettings(named: "外交", DeckSettingsChange(newCardsPerDay: 5), now: morning)
        let cards = try store.cards(inDeckNamed: "外交")
        func review(_ card: CardListing, dueAt due: Date, learning: Bool = false) throws {
            let memory = MemoryState(stability: 1, difficulty: 5)
            try store.recordAnswer(
                cardID: card.card.id!, rating: .good,
                state: learning ? .learning(step: 1, memory: memory) : .review(memory: memory), due: due,
                lastReview: morning, reps: 1,
                durationMilliseconds: 1000, now: morning)
        }
        try review(cards[0], dueAt: date("2025-03-01T19:00:00Z"))  // 甲 recognition: 03:00 tomorrow, Beijing
        try review(cards[1], dueAt: date("2025-03-01T21:00:00Z"))  // 甲 production: 05:00 tomorrow
        try review(cards[2], dueAt: morning.addingTimeInterval(600), learning: true)  // 乙 recognition
        return (folder, store, cards)
    }

    func counts(_ store: DeckStore, at now: Date) throws -> StudyCounts {
        let summary = try #require(try store.deckSummaries(now: now, timeZone: shanghai).first)
        let due = try store.dueCards(inDeckNamed: "外交", now: now, timeZone: shanghai)
        #expect(due.counts(total: summary.counts.total) == summary.counts)
        return summary.counts
    }

    @Test("late in the evening: a card due at 03:00 is due today, one due at 05:00 is not")
    func countsBeforeDayStart() throws {
        let (_, store, cards) = try scenario()
        // 5 new a day, 3 introduced this morning: 2 left, one per note, not from note 乙 (studied today).
        #expect(try counts(store, at: date("2025-03-01T15:00:00Z")) == StudyCounts(new: 2, learning: 1, due: 1, total: 8))
        #expect(try counts(store, at: date("2025-03-01T19:59:59Z")) == StudyCounts(new: 2, learning: 1, due: 1, total: 8))
        let due = try store.dueCards(inDeckNamed: "外交", now: date("2025-03-01T15:00:00Z"), timeZone: shanghai)
        #expect(due.new.map(\.note.term) == ["丙", "丁"])
        #expect(due.review.map(\.card.id) == [cards[0].card.id])
        #expect(due.learning.map(\.card.id) == [cards[2].card.id])
    }

    @Test("at 04:00 a new study day begins: both review cards are due and the new-card limit is full again")
    func countsAtDayStart() throws {
        let (_, store, _) = try scenario()
        let dayStart = date("2025-03-01T20:00:00Z")
        #expect(try counts(store, at: dayStart) == StudyCounts(new: 3, learning: 1, due: 2, total: 8))
        let due = try store.dueCards(inDeckNamed: "外交", now: dayStart, timeZone: shanghai)
        #expect(due.new.map(\.note.term) == ["乙", "丙", "丁"])
        #expect(due.new.map(\.card.type) == [.production, .recognition, .recognition])
        #expect(due.day.start == dayStart)
    }

    @Test("the review limit counts the reviews already done today")
    func reviewLimit() throws {
        let (_, store, cards) = try scenario()
        let dayStart = date("2025-03-01T20:00:00Z")
        try store.updateDeckSettings(named: "外交", DeckSettingsChange(maximumReviewsPerDay: 1), now: dayStart)
        #expect(try counts(store, at: dayStart).due == 1)
        try store.recordAnswer(
            cardID: cards[0].card.id!, rating: .good,
            state: .review(memory: MemoryState(stability: 5, difficulty: 5)), due: dayStart.addingTimeInterval(5 * 86400), lastReview: dayStart,
            reps: 2,
            durationMilliseconds: 1000, now: dayStart)
        #expect(try counts(store, at: dayStart.addingTimeInterval(60)).due == 0)
        try store.undoLastAnswer(inDeckNamed: "外交")
        #expect(try counts(store, at: dayStart.addingTimeInterval(60)).due == 1)
    }

    @Test("suspended and buried cards, and cards of disabled types, are not counted as due; total counts all")
    func leavesOutSuspended() throws {
        let (_, store, cards) = try scenario()
        let dayStart = date("2025-03-01T20:00:00Z")
        try store.setSuspended(true, [.id(cards[0].card.id!), .term("丙", deck: "外交")])
        try store.bury(cardIDs: [cards[2].card.id!], until: dayStart.addingTimeInterval(3600))
        #expect(try counts(store, at: dayStart) == StudyCounts(new: 2, learning: 0, due: 1, total: 8))
        try store.updateDeckSettings(named: "外交", DeckSettingsChange(cardTypes: [.production]), now: dayStart)
        #expect(try counts(store, at: dayStart) == StudyCounts(new: 2, learning: 0, due: 1, total: 8))
        let due = try store.dueCards(inDeckNamed: "外交", now: dayStart, timeZone: shanghai)
        #expect(due.new.allSatisfy { $0.card.type == .production })
    }

    @Test("a deck with no cards counts zeros, and decks come by name")
    func emptyDecks() throws {
        let store = try TemporaryFolder().openStore()
        try store.createDeck(named: "b", now: morning)
        try store.createDeck(named: "A", now: morning)
        let summaries = try store.deckSummaries(now: morning, timeZone: utc)
        #expect(summaries.map(\.deck.name) == ["A", "b"])
        #expect(summaries.allSatisfy { $0.counts == StudyCounts(new: 0, learning: 0, due: 0, total: 0) })
    }
}
