import Foundation
import Review
import Store
import TifaTestSupport

/// A clock the test moves by hand.
final class ManualClock: SessionClock, @unchecked Sendable {
    var current: Date

    init(_ start: Date) { current = start }

    func now() -> Date { current }

    func advance(_ seconds: TimeInterval) { current = current.addingTimeInterval(seconds) }
}

/// Notes as the extractor would propose them: an idiom with its classical source, a formulation, a term.
func diplomacyDrafts() -> [NoteDraft] { DiplomacyNotes.drafts() }

/// A store with deck 外交 holding `drafts`, added a day before `now`.
func deckWith(_ drafts: [NoteDraft], now: Date, in folder: TemporaryFolder) throws -> DeckStore {
    let store = try folder.openStore()
    try store.upsertNotes(drafts, toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now.addingTimeInterval(-86_400))
    return store
}
