import Foundation
import Store
import Testing

/// Writes the simulated year into a real database through the store, to look at `tifa stats` as a learner would:
///
///     TIFA_STATS_DEMO_DB=/tmp/demo.sqlite swift test --filter DemoDatabase
///     TIFA_NOW=2025-03-01T10:00:00+08:00 TZ=Asia/Shanghai tifa stats --db /tmp/demo.sqlite
///
/// Skipped unless `TIFA_STATS_DEMO_DB` names a file that does not exist yet.
@Suite struct DemoDatabase {
    static let path = ProcessInfo.processInfo.environment["TIFA_STATS_DEMO_DB"] ?? ""

    @Test(.enabled(if: !path.isEmpty && !FileManager.default.fileExists(atPath: path)))
    func writeSimulatedYear() throws {
        let history = try SimulatedYear.history()
        let store = try DeckStore(fileAt: URL(fileURLWithPath: Self.path))
        let deck = history.decks[0]
        try store.createDeck(named: deck.name, now: deck.created)
        var notes: [Int64: Note] = [:]
        for listing in history.cards { notes[listing.note.id!] = listing.note }
        let drafts = notes.keys.sorted().map { id in
            NoteDraft(term: notes[id]!.term, gloss: notes[id]!.gloss, kind: notes[id]!.kind)
        }
        try store.upsertNotes(drafts, toDeckNamed: deck.name, createDeckIfMissing: false, policy: .extraction, now: deck.created)
        // Notes and cards are made in the simulation's order, so the store gives them the same ids.
        let stored = try store.cards(inDeckNamed: deck.name)
        #expect(stored.map(\.card.id) == history.cards.map(\.card.id))
        var schedules: [Int64: [ReviewLog]] = [:]
        for review in history.reviews { schedules[review.cardID, default: []].append(review) }
        for review in history.reviews {
            let answers = schedules[review.cardID]!
            let index = answers.firstIndex(of: review)!
            let card = history.cards.first { $0.card.id == review.cardID }!.card
            let after = index + 1 < answers.count ? try answers[index + 1].restoringPrevious(card) : card
            try store.recordAnswer(
                cardID: review.cardID, rating: review.rating, state: after.state, due: after.due,
                lastReview: after.lastReview, reps: after.reps, lapses: after.lapses,
                durationMilliseconds: review.durationMilliseconds, now: review.reviewedAt)
        }
        let suspended = history.cards.filter(\.card.suspended).map { CardSelector.id($0.card.id!) }
        try store.setSuspended(true, suspended)
    }
}
