import Export
import Foundation
import Store
import Testing
import TifaTestSupport

/// The small fixed deck the snapshot tests export: the idiom with two sentences, a classical source, a tab in its
/// gloss and a note over two lines; a formulation with quotes and a note starting with #; a term with <, > and &;
/// a term without gloss. Its subdeck 外交::上合 studies cloze cards too.
enum FixedDeck {
    static let now = date("2025-03-01T08:00:00Z")

    static let diplomacy: [NoteDraft] = [
        NoteDraft(
            term: "同舟共济", traditional: "同舟共濟", pinyin: "tóngzhōu gòngjì",
            gloss: "to pull together in times of trouble\t(in the same boat)", kind: .idiom,
            classicalSource: "《孙子·九地》", notes: "Wang Yi on the SCO summit.\nSee also: 守望相助.",
            tags: ["diplomacy"],
            examples: [
                ExampleDraft(
                    sentence: "各国要同舟共济，共同应对挑战。", sourceTitle: "王毅谈上合青岛峰会",
                    sourceFile: "people-daily-2018-06-11.txt", sourceDate: "2018-06-11"),
                ExampleDraft(sentence: "两国人民同舟共济。", sourceFile: "xinhua-2018-06-12.txt"),
            ]),
        NoteDraft(
            term: "人类命运共同体", traditional: "人類命運共同體", pinyin: "rénlèi mìngyùn gòngtóngtǐ",
            gloss: "community with a shared future for mankind (the \"official\" rendering)",
            kind: .formulation, notes: "#1 formulation of Xi's diplomacy",
            examples: [
                ExampleDraft(
                    sentence: "推动构建人类命运共同体。", sourceTitle: "王毅谈上合青岛峰会",
                    sourceFile: "people-daily-2018-06-11.txt", sourceDate: "2018-06-11")
            ]),
        NoteDraft(term: "一带一路", pinyin: "Yīdài Yīlù", gloss: "the Belt & Road Initiative <BRI>"),
        NoteDraft(term: "脱贫攻坚", pinyin: "tuōpín gōngjiān"),
    ]

    static let sco: [NoteDraft] = [
        NoteDraft(
            term: "上海精神", pinyin: "Shànghǎi jīngshén", gloss: "the Shanghai Spirit", kind: .formulation,
            examples: [ExampleDraft(sentence: "弘扬“上海精神”。")])
    ]

    /// A store holding the decks 外交 and 外交::上合.
    static func store(in folder: TemporaryFolder) throws -> DeckStore {
        let store = try folder.openStore()
        try store.upsertNotes(diplomacy, toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        try store.createDeck(named: "外交::上合", now: now)
        try store.updateDeckSettings(
            named: "外交::上合",
            DeckSettingsChange(cardTypes: [.recognition, .production, .cloze]), now: now)
        try store.upsertNotes(sco, toDeckNamed: "外交::上合", createDeckIfMissing: false, policy: .extraction, now: now)
        return store
    }
}
