import ConsoleText
import Foundation
import Review
import Scheduler
import Store
import Testing
import TifaTestSupport

@Suite("A review session's queue, on a real database")
struct ReviewSessionTests {
    @Test("new cards answered Good come back after their 10-minute step in the same session, and graduate")
    func learningStepsWithinSession() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith(diplomacyDrafts(), now: morning, in: folder)
        let clock = ManualClock(morning)
        let console = ScriptedConsole(keys: " 3 3 3 3 3 3", clock: clock)
        let summary = try session(store, clock).run(on: console)

        let logs = try store.reviewLog(inDeckNamed: "外交")
        #expect(try terms(of: logs, in: store) == ["同舟共济", "人类命运共同体", "上海精神", "同舟共济", "人类命运共同体", "上海精神"])
        #expect(logs.map(\.stateBefore) == [.new, .new, .new, .learning, .learning, .learning])
        #expect(logs.map(\.stateAfter) == [.learning, .learning, .learning, .review, .review, .review])
        // Each answer at the time the learner gave it, with how long the card was shown.
        #expect(logs[0].reviewedAt == morning.addingTimeInterval(10))
        #expect(logs[0].durationMilliseconds == 10_000)
        #expect(summary.answers == 6 && summary.cards == 3 && summary.again == 0)
        #expect(summary.left == QueueCounts(new: 0, learning: 0, review: 0))
        #expect(console.isFinished)
    }

    @Test("Again puts a card 1 minute away; it comes back as soon as that minute is up, before the next new card")
    func againReturnsWhenDue() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith(diplomacyDrafts(), now: morning, in: folder)
        let clock = ManualClock(morning)
        // 40 seconds a key: 同舟共济 Again at 0:80, due 2:20; 人类命运共同体 Good at 2:40; then 同舟共济 is due.
        let console = ScriptedConsole(keys: " 1 3 4 4 q", clock: clock, secondsPerInput: 40)
        _ = try session(store, clock).run(on: console)
        let logs = try store.reviewLog(inDeckNamed: "外交")
        #expect(try terms(of: logs, in: store) == ["同舟共济", "人类命运共同体", "同舟共济", "上海精神"])
        #expect(logs.map(\.rating) == [.again, .good, .easy, .easy])
    }

    @Test("the study day ends at 04:00: a step due after it waits for tomorrow's session, one due before it comes back")
    func dayBoundary() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith([NoteDraft(term: "甲"), NoteDraft(term: "乙")], now: morning, in: folder)
        // 03:55 in Beijing on 4 March: the study day that began at 04:00 on 3 March ends in 5 minutes.
        let late = date("2025-03-03T19:55:00Z")
        let clock = ManualClock(late)
        // 甲 Good: its 10-minute step falls at 04:05, tomorrow. 乙 Again: back at 03:56, answered Easy.
        let console = ScriptedConsole(keys: " 3 1 4", clock: clock, secondsPerInput: 1)
        let summary = try session(store, clock).run(on: console)
        #expect(try terms(of: try store.reviewLog(inDeckNamed: "外交"), in: store) == ["甲", "乙", "乙"])
        #expect(summary.left == QueueCounts(new: 0, learning: 0, review: 0))
        #expect(summary.nextLearningDue == nil)

        // At 04:06 a new day: 甲's step is due, and new cards (乙's production card among them) are offered again.
        let nextDay = ManualClock(date("2025-03-03T20:06:00Z"))
        let tomorrow = try session(store, nextDay)
        #expect(tomorrow.queue.learning.count == 1)
        let first = try #require(tomorrow.queue.next(at: nextDay.now(), learnAhead: 0))
        #expect(try store.card(id: first.cardID).note.term == "甲")
    }

    @Test("reviews due before the day's end are today's: at 22:00 a card due at 03:00 is shown, one due at 05:00 is not")
    func reviewsDueBeforeDayEnd() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith([NoteDraft(term: "甲"), NoteDraft(term: "乙")], now: morning, in: folder)
        try store.updateDeckSettings(named: "外交", DeckSettingsChange(newCardsPerDay: 0), now: morning)
        let cards = try store.cards(inDeckNamed: "外交").filter { $0.card.type == .recognition }
        let evening = date("2025-03-03T14:00:00Z")  // 22:00 in Beijing
        for (card, due) in zip(cards, [date("2025-03-03T19:00:00Z"), date("2025-03-03T21:00:00Z")]) {
            try store.recordAnswer(
                cardID: card.card.id!, rating: .good,
                state: .review(memory: MemoryState(stability: 3, difficulty: 5)), due: due, lastReview: morning, reps: 1,
                durationMilliseconds: 1000, now: morning.addingTimeInterval(-86_400 * 3))
        }
        let clock = ManualClock(evening)
        let console = ScriptedConsole(keys: " 3 3", clock: clock)
        _ = try session(store, clock).run(on: console)
        let today = try store.reviewLog(inDeckNamed: "外交", since: evening)
        #expect(try terms(of: today, in: store) == ["甲"])
    }

    @Test("--new and --limit cut the session within the deck's daily limits")
    func limits() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith((1...5).map { NoteDraft(term: "词\($0)") }, now: morning, in: folder)
        try store.updateDeckSettings(named: "外交", DeckSettingsChange(newCardsPerDay: 3), now: morning)
        let clock = ManualClock(morning)
        #expect(try session(store, clock).queue.counts.new == 3)
        #expect(try session(store, clock, newCards: 2).queue.counts.new == 2)
        #expect(try session(store, clock, newCards: 9).queue.counts.new == 3)  // the deck's limit still holds
        #expect(try session(store, clock, newCards: 0).hasCardToShow == false)

        // Two new cards introduced (Easy: straight to review); the day's limit has one left.
        _ = try session(store, clock, newCards: 2).run(on: ScriptedConsole(keys: " 4 4", clock: clock))
        #expect(try session(store, clock).queue.counts.new == 1)
        // Tomorrow both are due for review (Easy gives days, not hours: check from a week on) — --limit 1 takes one.
        let later = ManualClock(morning.addingTimeInterval(30 * 86_400))
        let capped = try session(store, later, newCards: 0, reviews: 1)
        #expect(capped.queue.counts == QueueCounts(new: 0, learning: 0, review: 1))
    }

    @Test("siblings are not shown on the same day: answering one card buries the note's other due card until 04:00")
    func siblingsBuried() throws {
        let (_, store) = try siblingScenario()
        let clock = ManualClock(morning)
        let first = try session(store, clock)
        #expect(first.queue.counts == QueueCounts(new: 0, learning: 0, review: 2))
        _ = try first.run(on: ScriptedConsole(keys: " 3q", clock: clock))
        let answered = try store.reviewLog(inDeckNamed: "外交", since: morning)
        #expect(answered.count == 1)
        let answeredCard = try store.card(id: answered[0].cardID)
        let sibling = try #require(
            try store.cards(inDeckNamed: "外交").first {
                $0.note.id == answeredCard.note.id && $0.card.id != answeredCard.card.id
            })
        #expect(sibling.card.buriedUntil == first.day.end)

        // Later the same day, another session shows only 乙 (one of its cards).
        let again = try session(store, ManualClock(morning.addingTimeInterval(3600)))
        #expect(again.queue.counts == QueueCounts(new: 0, learning: 0, review: 1))
        // The next study day, the buried sibling is due with the rest.
        let tomorrow = try session(store, ManualClock(first.day.end.addingTimeInterval(60)))
        #expect(tomorrow.queue.entry(cardID: sibling.card.id!) != nil)
    }

    @Test("a sibling deleted by another tifa while its card is shown: the answer is saved and the session goes on")
    func siblingDeletedMeanwhile() throws {
        let (folder, store) = try siblingScenario()
        let clock = ManualClock(morning)
        let reviewing = try session(store, clock)
        let shown = try #require(reviewing.queue.next(at: morning, learnAhead: 0))
        let sibling = try #require(reviewing.queue.heldBack[shown.noteID]?.first)
        let console = ActingConsole(ScriptedConsole(keys: " 3q", clock: clock)) {
            _ = try? folder.openStore().deleteCards([.id(sibling)])
        }
        let summary = try reviewing.run(on: console)
        #expect(summary.answers == 1)
        #expect(try store.reviewLog(inDeckNamed: "外交", since: morning).map(\.cardID) == [shown.cardID])
    }
}

/// A console that does something (as another process would) before handing over its first key.
final class ActingConsole: Console, @unchecked Sendable {
    private let console: ScriptedConsole
    private var action: (() -> Void)?

    init(_ console: ScriptedConsole, beforeFirstKey action: @escaping () -> Void) {
        self.console = console
        self.action = action
    }

    var size: ConsoleSize { console.size }
    var showsStyles: Bool { console.showsStyles }
    func show(_ lines: [StyledLine]) { console.show(lines) }
    func readKey() -> Key {
        action?()
        action = nil
        return console.readKey()
    }
    func readLine() -> String? { console.readLine() }
    func edit(_ text: String, about subject: String) throws -> String? { try console.edit(text, about: subject) }
}
