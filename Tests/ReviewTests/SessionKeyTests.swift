import Foundation
import Review
import Scheduler
import Store
import Testing
import TifaTestSupport

@Suite("A review session's keys, on a real database")
struct SessionKeyTests {
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
        #expect(try logs[0].restoringPrevious(answered.card) == before.first { $0.card.id == answered.card.id }!.card)
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
        #expect(
            summary.lines(timeZone: shanghai).map(\.plain).contains {
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
        let console = ScriptedConsole(
            [
                .key(.enter), .key(.character("e")), .edit("to cross a river in the same boat"),
                .key(.character("q")),
            ], clock: clock)
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
        let console = ScriptedConsole(
            [
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
        #expect(
            throws: ReviewError.modeNotInDeck(
                mode: "cloze", cardType: "cloze", deck: "外交",
                withIt: ["recognition", "production", "cloze"])
        ) {
            try session(store, clock, mode: .cloze)
        }
        try store.updateDeckSettings(
            named: "外交", DeckSettingsChange(cardTypes: [.recognition, .production, .cloze]),
            now: morning)
        try store.upsertNotes(
            [
                NoteDraft(
                    term: "一带一路", gloss: "the Belt and Road",
                    examples: [ExampleDraft(sentence: "共建一带一路。")])
            ],
            toDeckNamed: "外交", createDeckIfMissing: false, policy: .extraction, now: morning)
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
