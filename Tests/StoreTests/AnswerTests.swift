import Foundation
import Scheduler
import Testing
import TifaTestSupport

@testable import Store

@Suite("Answers and undo")
struct AnswerTests {
    let now = date("2025-03-01T08:00:00Z")

    func storeWithCard() throws -> (TemporaryFolder, DeckStore, Store.Card) {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        let card = try #require(store.cards(inDeckNamed: "外交").first?.card)
        return (folder, store, card)
    }

    /// What FSRS makes of a first Good with the default parameters (py-fsrs 6.3.2).
    let firstGood = CardState.learning(step: 1, memory: MemoryState(stability: 2.3065, difficulty: 2.1181))

    /// `card` after a first Good at `moment`.
    func afterFirstGood(_ card: Store.Card, at moment: Date) -> Store.Card {
        var answered = card
        answered.state = firstGood
        answered.due = moment.addingTimeInterval(600)
        answered.lastReview = moment
        answered.reps = 1
        return answered
    }

    @Test("an answer updates the card and writes its log row, with the previous schedule, durably")
    func records() throws {
        let (folder, store, card) = try storeWithCard()
        let reviewedAt = now.addingTimeInterval(30)
        let log = try store.recordAnswer(
            cardID: card.id!, rating: .good, state: firstGood, due: reviewedAt.addingTimeInterval(600), lastReview: reviewedAt, reps: 1,
            durationMilliseconds: 4200, now: reviewedAt)
        #expect(log.rating == .good)
        #expect(log.stateBefore == .new && log.stateAfter == .learning)
        #expect(log.scheduledSeconds == 600)
        #expect(log.durationMilliseconds == 4200)
        #expect(try log.restoringPrevious(afterFirstGood(card, at: reviewedAt)) == card)
        #expect(log.stabilityAfter == 2.3065 && log.difficultyAfter == 2.1181)

        // A second process opening the file sees both.
        let other = try folder.openStore()
        #expect(try other.card(id: card.id!).card == afterFirstGood(card, at: reviewedAt))
        #expect(try other.reviewLog(inDeckNamed: "外交") == [log])
        #expect(try other.reviewLog(inDeckNamed: nil, since: reviewedAt.addingTimeInterval(1)).isEmpty)
        #expect(throws: StoreError.noCard(999)) {
            try store.recordAnswer(
                cardID: 999, rating: .good, state: firstGood, due: reviewedAt.addingTimeInterval(600), lastReview: reviewedAt, reps: 1,
                durationMilliseconds: 1, now: reviewedAt)
        }
    }

    @Test("when the card update fails, the log row is not written either")
    func answerIsAtomic() throws {
        let (_, store, card) = try storeWithCard()
        try store.execute(
            """
            CREATE TEMP TRIGGER refuse_card_update BEFORE UPDATE ON card
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END
            """)
        #expect(throws: (any Error).self) {
            try store.recordAnswer(
                cardID: card.id!, rating: .again, state: firstGood, due: now.addingTimeInterval(600), lastReview: now, reps: 1,
                durationMilliseconds: 1000, now: now)
        }
        #expect(try store.fetchInt("SELECT COUNT(*) FROM review_log") == 0)
        #expect(try store.card(id: card.id!).card == card)
    }

    @Test("undo puts back exactly the schedule the card had, and removes the log row")
    func undoRestoresExactly() throws {
        let (_, store, card) = try storeWithCard()
        let first = now.addingTimeInterval(30)
        try store.recordAnswer(
            cardID: card.id!, rating: .good, state: firstGood, due: first.addingTimeInterval(600), lastReview: first, reps: 1,
            durationMilliseconds: 3000, now: first)
        let afterFirst = try store.card(id: card.id!).card
        let second = first.addingTimeInterval(600)
        try store.recordAnswer(
            cardID: card.id!, rating: .again,
            state: .relearning(step: 0, memory: MemoryState(stability: 0.5456, difficulty: 8.7953)),
            due: second.addingTimeInterval(600), lastReview: second, reps: 2, lapses: 1, durationMilliseconds: 9000,
            now: second)

        let undone = try store.undoLastAnswer(inDeckNamed: "外交")
        #expect(undone.rating == .again)
        #expect(try store.card(id: card.id!).card == afterFirst)
        try store.undoLastAnswer(inDeckNamed: nil)
        #expect(try store.card(id: card.id!).card == card)
        #expect(try store.fetchInt("SELECT COUNT(*) FROM review_log") == 0)
        #expect(throws: StoreError.nothingToUndo(deck: "外交")) { try store.undoLastAnswer(inDeckNamed: "外交") }
        #expect(throws: StoreError.nothingToUndo(deck: nil)) { try store.undoLastAnswer(inDeckNamed: nil) }
    }

    @Test("undo in one deck leaves another deck's answers alone")
    func undoPerDeck() throws {
        let (_, store, card) = try storeWithCard()
        try store.upsertNotes([NoteDraft(term: "脱贫攻坚")], toDeckNamed: "扶贫", createDeckIfMissing: true, policy: .extraction, now: now)
        let other = try #require(store.cards(inDeckNamed: "扶贫").first?.card)
        try store.recordAnswer(
            cardID: card.id!, rating: .good, state: firstGood, due: now.addingTimeInterval(600), lastReview: now, reps: 1,
            durationMilliseconds: 1, now: now)
        try store.recordAnswer(
            cardID: other.id!, rating: .good, state: firstGood, due: now.addingTimeInterval(600), lastReview: now, reps: 1,
            durationMilliseconds: 1, now: now.addingTimeInterval(1))
        let undone = try store.undoLastAnswer(inDeckNamed: "外交")
        #expect(undone.cardID == card.id)
        #expect(try store.card(id: other.id!).card.state.kind == .learning)
        #expect(try store.reviewLog(inDeckNamed: "扶贫").count == 1)
    }

    @Test("an answer buries its siblings in its own transaction: a sibling gone is skipped, a failed burial undoes the answer")
    func answerBuriesSiblings() throws {
        let (_, store, card) = try storeWithCard()
        let siblings = try store.cards(inDeckNamed: "外交").map(\.card.id!).filter { $0 != card.id }
        let dayEnd = now.addingTimeInterval(8 * 3600)
        try store.recordAnswer(
            cardID: card.id!, rating: .good, state: firstGood, due: now.addingTimeInterval(600), lastReview: now, reps: 1,
            durationMilliseconds: 1, now: now, burying: siblings + [999], until: dayEnd)
        #expect(try siblings.map { try store.card(id: $0).card.buriedUntil } == siblings.map { _ in dayEnd })

        try store.execute(
            """
            CREATE TEMP TRIGGER refuse_burial BEFORE UPDATE OF buried_until ON card
            WHEN NEW.buried_until IS NOT NULL AND OLD.buried_until IS NULL
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END
            """)
        try store.bury(cardIDs: siblings, until: nil)
        let other = try #require(try store.cards(inDeckNamed: "外交").first { $0.card.id != card.id })
        #expect(throws: (any Error).self) {
            try store.recordAnswer(
                cardID: other.card.id!, rating: .good, state: firstGood, due: now.addingTimeInterval(600), lastReview: now, reps: 1,
                durationMilliseconds: 1, now: now, burying: [card.id!], until: dayEnd)
        }
        #expect(try store.card(id: other.card.id!).card.state == .new)
        #expect(try store.fetchInt("SELECT COUNT(*) FROM review_log") == 1)
    }

    @Test("undoing a given answer: refused, changing nothing, once another answer came after it; else with its siblings unburied")
    func undoGivenAnswer() throws {
        let (_, store, card) = try storeWithCard()
        let sibling = try #require(try store.cards(inDeckNamed: "外交").first { $0.card.id != card.id }?.card)
        let dayEnd = now.addingTimeInterval(8 * 3600)
        let mine = try store.recordAnswer(
            cardID: card.id!, rating: .good, state: firstGood, due: now.addingTimeInterval(600), lastReview: now, reps: 1,
            durationMilliseconds: 1, now: now, burying: [sibling.id!], until: dayEnd)
        // Another tifa answers the sibling meanwhile.
        let theirs = try store.recordAnswer(
            cardID: sibling.id!, rating: .good, state: firstGood, due: now.addingTimeInterval(600), lastReview: now, reps: 1,
            durationMilliseconds: 1, now: now.addingTimeInterval(1))
        #expect(try store.undoAnswer(logID: mine.id!, inDeckNamed: "外交", unburying: [sibling.id!]) == nil)
        #expect(try store.reviewLog(inDeckNamed: "外交") == [mine, theirs])
        #expect(try store.card(id: sibling.id!).card.buriedUntil == dayEnd)

        #expect(try store.undoAnswer(logID: theirs.id!, inDeckNamed: "外交") == theirs)
        #expect(try store.undoAnswer(logID: mine.id!, inDeckNamed: "外交", unburying: [sibling.id!]) == mine)
        #expect(try store.card(id: card.id!).card == card)
        #expect(try store.card(id: sibling.id!).card == sibling)
    }
}
