import Foundation
import Review
import Scheduler
import Store
import Testing

@Suite("A review session, on a real database")
struct ReviewSessionTests {
    /// 10:00 in Beijing, 3 March 2025; the study day runs from 04:00 (20:00 UTC the day before) to 04:00.
    let morning = date("2025-03-03T02:00:00Z")

    func session(_ store: DeckStore, _ clock: ManualClock, typed: Bool = false, mode: ReviewMode = .mixed,
                 newCards: Int? = nil, reviews: Int? = nil) throws -> ReviewSession {
        try ReviewSession(store: store, settings: ReviewSettings(deckName: "外交", mode: mode, typed: typed,
                                                                 newCards: newCards, reviews: reviews,
                                                                 timeZone: shanghai), clock: clock)
    }

    func terms(of logs: [Store.ReviewLog], in store: DeckStore) throws -> [String] {
        try logs.map { try store.card(id: $0.cardID).note.term }
    }

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
            try store.recordAnswer(cardID: card.card.id!, rating: .good,
                                   schedule: Store.Card.Schedule(state: .review, stability: 3, difficulty: 5, due: due,
                                                                 lastReview: morning, reps: 1),
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

    /// 甲 and 乙 with both cards in review, all four due today.
    func siblingScenario() throws -> (TemporaryFolder, DeckStore) {
        let folder = try TemporaryFolder()
        let store = try deckWith([NoteDraft(term: "甲", gloss: "first"), NoteDraft(term: "乙", gloss: "second")],
                                 now: morning, in: folder)
        let weekAgo = morning.addingTimeInterval(-7 * 86_400)
        for listing in try store.cards(inDeckNamed: "外交") {
            try store.recordAnswer(cardID: listing.card.id!, rating: .good,
                                   schedule: Store.Card.Schedule(state: .review, stability: 5, difficulty: 5,
                                                                 due: morning.addingTimeInterval(-3600),
                                                                 lastReview: weekAgo, reps: 1),
                                   durationMilliseconds: 1000, now: weekAgo)
        }
        return (folder, store)
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
        let sibling = try #require(try store.cards(inDeckNamed: "外交").first {
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

    @Test("u undoes the last answer: the card's schedule is restored, its log row deleted, its sibling unburied, and it is shown again")
    func undoAnswer() throws {
        let (_, store) = try siblingScenario()
        let clock = ManualClock(morning)
        let before = try store.cards(inDeckNamed: "外交")
        let console = ScriptedConsole(keys: " 3u 2q", clock: clock)
        let reviewing = try session(store, clock)
        let summary = try reviewing.run(on: console)

        let logs = try store.reviewLog(inDeckNamed: "外交", since: morning)
        #expect(logs.map(\.rating) == [.hard])  // the Good was taken back; the same card was answered Hard
        #expect(console.screens.contains { $0.map(\.plain).joined().contains("Undid the answer 3 to ") })
        #expect(summary.answers == 1)
        let answered = try store.card(id: logs[0].cardID)
        #expect(logs[0].previousSchedule == before.first { $0.card.id == answered.card.id }!.card.schedule)
        // One answer is standing, so the sibling is buried once, not twice.
        let siblings = try store.cards(inDeckNamed: "外交").filter { $0.note.id == answered.note.id && $0.card.id != answered.card.id }
        #expect(siblings.map(\.card.buriedUntil) == [reviewing.day.end])
    }

    @Test("undo after an answer's sibling was buried unburies it; b and s are undone too")
    func undoBuryAndSuspend() throws {
        let (_, store) = try siblingScenario()
        let clock = ManualClock(morning)
        // Answer, undo; bury, undo; suspend, undo; quit.
        let console = ScriptedConsole(keys: " 3ubusuq", clock: clock)
        _ = try session(store, clock).run(on: console)
        #expect(try store.reviewLog(inDeckNamed: "外交", since: morning).isEmpty)
        for listing in try store.cards(inDeckNamed: "外交") {
            #expect(listing.card.buriedUntil == nil)
            #expect(listing.card.suspended == false)
        }
        let messages = console.screens.compactMap { $0.last?.plain.trimmingCharacters(in: .whitespaces) }
        #expect(messages.contains { $0.hasPrefix("Unburied ") })
        #expect(messages.contains { $0.hasPrefix("Unsuspended ") })
        // Nothing left to undo: said, and the card stays.
        let quiet = ScriptedConsole(keys: "uq", clock: clock)
        _ = try session(store, clock).run(on: quiet)
        #expect(quiet.lastScreen.contains("Nothing to undo in this session."))
    }

    @Test("b buries until tomorrow and s suspends: both leave the session and stay so in the next one")
    func buryAndSuspend() throws {
        let (_, store) = try siblingScenario()
        let clock = ManualClock(morning)
        let first = try session(store, clock)
        _ = try first.run(on: ScriptedConsole(keys: "bs", clock: clock))
        let cards = try store.cards(inDeckNamed: "外交")
        #expect(cards.filter { $0.card.buriedUntil == first.day.end }.count == 1)
        #expect(cards.filter(\.card.suspended).count == 1)
        // Burying is not studying: the next session has the two notes' other cards, and not these two.
        let next = try session(store, clock)
        #expect(next.queue.counts == QueueCounts(new: 0, learning: 0, review: 2))
        let shown = Set(next.queue.main.map(\.cardID))
        #expect(shown.isDisjoint(with: cards.filter { $0.card.suspended || $0.card.buriedUntil != nil }.map { $0.card.id! }))
    }

    @Test("q quits with every answer already saved; the next session goes on with what is left")
    func quitAndResume() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith(diplomacyDrafts(), now: morning, in: folder)
        let clock = ManualClock(morning)
        let summary = try session(store, clock).run(on: ScriptedConsole(keys: " 3 q", clock: clock))
        #expect(summary.answers == 1)
        #expect(summary.left == QueueCounts(new: 2, learning: 1, review: 0))
        #expect(summary.lines(timeZone: shanghai).map(\.plain).contains {
            $0.contains("Left for today: 0 review · 2 new")
        })
        let resumed = try session(store, clock)
        #expect(resumed.queue.counts == QueueCounts(new: 2, learning: 1, review: 0))
    }

    @Test("e edits the gloss and the card shows the new one")
    func editGloss() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith(diplomacyDrafts(), now: morning, in: folder)
        let clock = ManualClock(morning)
        let console = ScriptedConsole([.key(.enter), .key(.character("e")), .edit("to cross a river in the same boat"),
                                       .key(.character("q"))], clock: clock)
        _ = try session(store, clock).run(on: console)
        #expect(try store.cards(inDeckNamed: "外交")[0].note.gloss == "to cross a river in the same boat")
        #expect(console.lastScreen.contains("to cross a river in the same boat"))
        #expect(console.lastScreen.contains("Saved the new gloss of 同舟共济."))
    }

    @Test("--typed: the typed pinyin is compared, a rating proposed; Enter accepts it, a digit overrides it")
    func typedAnswers() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith(diplomacyDrafts(), now: morning, in: folder)
        let clock = ManualClock(morning)
        let console = ScriptedConsole([
            .line("tong2 zhou1 gong4 ji4"), .key(.enter),
            .line("ren2 lei4 ming4 yun4 gong4 tong2 ti4"), .key(.character("4")),
            .line("q"),
        ], clock: clock)
        _ = try session(store, clock, typed: true).run(on: console)
        #expect(try store.reviewLog(inDeckNamed: "外交").map(\.rating) == [.good, .easy])
        let second = console.screens[3].map(\.plain).joined(separator: "\n")
        #expect(second.contains("1 tone wrong: tì should be tǐ"))
        #expect(second.contains("Enter accepts 2 Hard"))
    }

    @Test("--mode cloze asks a sentence with a blank, and needs a deck that makes cloze cards")
    func clozeMode() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith(diplomacyDrafts(), now: morning, in: folder)
        let clock = ManualClock(morning)
        #expect(throws: ReviewError.modeNotInDeck(mode: "cloze", cardType: "cloze", deck: "外交",
                                                   withIt: ["recognition", "production", "cloze"])) {
            try session(store, clock, mode: .cloze)
        }
        try store.updateDeckSettings(named: "外交", DeckSettingsChange(cardTypes: [.recognition, .production, .cloze]),
                                     now: morning)
        try store.addNotes([NoteDraft(term: "一带一路", gloss: "the Belt and Road",
                                      examples: [ExampleDraft(sentence: "共建一带一路。")])],
                           toDeckNamed: "外交", createDeckIfMissing: false, now: morning)
        let console = ScriptedConsole(keys: " 3 3 3 3", clock: clock)
        _ = try session(store, clock, mode: .cloze).run(on: console)
        let fronts = console.screens.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element.map(\.plain).joined(separator: "\n") }
        #expect(fronts[0].contains("各国要＿＿＿＿，共同应对挑战。"))
        #expect(fronts[0].contains("hint: to pull together in times of trouble"))
        // 上海精神 has no sentence: its cloze card is asked as production.
        #expect(fronts[2].contains("In Chinese (no sentence of this note holds the term):"))
        #expect(fronts[3].contains("共建＿＿＿＿。"))
        #expect(fronts[3].contains("hint: the Belt and Road"))
    }

    @Test("? shows the keys; any key goes back to the card")
    func help() throws {
        let folder = try TemporaryFolder()
        let store = try deckWith(diplomacyDrafts(), now: morning, in: folder)
        let clock = ManualClock(morning)
        let console = ScriptedConsole(keys: "?xq", clock: clock)
        _ = try session(store, clock).run(on: console)
        #expect(console.screens[1].map(\.plain).joined(separator: "\n").contains("bury the card until tomorrow"))
        #expect(console.lastScreen.contains("同舟共济"))
    }
}
