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
func diplomacyDrafts() -> [NoteDraft] {
    [
        NoteDraft(
            term: "同舟共济", traditional: "同舟共濟", pinyin: "tóngzhōu gòngjì",
            gloss: "to pull together in times of trouble", kind: .idiom, classicalSource: "《孙子·九地》",
            examples: [
                ExampleDraft(
                    sentence: "各国要同舟共济，共同应对挑战。", sourceTitle: "王毅谈上合青岛峰会",
                    sourceFile: "renmin-2018-06-11.txt", sourceDate: "2018-06-11", sourceLine: 12)
            ]),
        NoteDraft(
            term: "人类命运共同体", pinyin: "rénlèi mìngyùn gòngtóngtǐ",
            gloss: "community with a shared future for mankind", kind: .formulation,
            examples: [
                ExampleDraft(
                    sentence: "推动构建人类命运共同体。", sourceTitle: "王毅谈上合青岛峰会",
                    sourceFile: "renmin-2018-06-11.txt", sourceDate: "2018-06-11", sourceLine: 30)
            ]),
        NoteDraft(term: "上海精神", pinyin: "Shànghǎi jīngshén", gloss: "the Shanghai Spirit", kind: .formulation),
    ]
}

/// A store with deck 外交 holding `drafts`, added a day before `now`.
func deckWith(_ drafts: [NoteDraft], now: Date, in folder: TemporaryFolder) throws -> DeckStore {
    let store = try folder.openStore()
    try store.upsertNotes(drafts, toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now.addingTimeInterval(-86_400))
    return store
}
