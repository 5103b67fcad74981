import Foundation
import Review
import Scheduler
import Store
import TifaTestSupport

/// What the session tests share: 10:00 in Beijing, 3 March 2025, and sessions of deck 外交 on a clock of the test's.
let morning = date("2025-03-03T02:00:00Z")

func session(
    _ store: DeckStore, _ clock: ManualClock, typed: Bool = false, mode: ReviewMode = .mixed,
    newCards: Int? = nil, reviews: Int? = nil
) throws -> ReviewSession {
    try ReviewSession(
        store: store,
        settings: ReviewSettings(
            deckName: "外交", mode: mode, typed: typed,
            newCards: newCards, reviews: reviews,
            timeZone: shanghai), clock: clock)
}

func terms(of logs: [Store.ReviewLog], in store: DeckStore) throws -> [String] {
    try logs.map { try store.card(id: $0.cardID).note.term }
}

/// 甲 and 乙 with both cards in review, all four due today.
func siblingScenario() throws -> (TemporaryFolder, DeckStore) {
    let folder = try TemporaryFolder()
    let store = try deckWith(
        [NoteDraft(term: "甲", gloss: "first"), NoteDraft(term: "乙", gloss: "second")],
        now: morning, in: folder)
    let weekAgo = morning.addingTimeInterval(-7 * 86_400)
    for listing in try store.cards(inDeckNamed: "外交") {
        try store.recordAnswer(
            cardID: listing.card.id!, rating: .good,
            state: .review(memory: MemoryState(stability: 5, difficulty: 5)), due: morning.addingTimeInterval(-3600), lastReview: weekAgo, reps: 1,
            durationMilliseconds: 1000, now: weekAgo)
    }
    return (folder, store)
}
