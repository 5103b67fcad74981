import Store

/// Notes as the extractor would propose them from the 2018 People's Daily page: an idiom with its classical
/// source, a formulation, and a formulation without a sentence. The review tests of the library and of the
/// command line study these.
public enum DiplomacyNotes {
    /// With `formulationExample` false, 人类命运共同体 has no sentence either (a card whose back shows none).
    public static func drafts(formulationExample: Bool = true) -> [NoteDraft] {
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
                examples: formulationExample
                    ? [
                        ExampleDraft(
                            sentence: "推动构建人类命运共同体。", sourceTitle: "王毅谈上合青岛峰会",
                            sourceFile: "renmin-2018-06-11.txt", sourceDate: "2018-06-11", sourceLine: 30)
                    ] : []),
            NoteDraft(term: "上海精神", pinyin: "Shànghǎi jīngshén", gloss: "the Shanghai Spirit", kind: .formulation),
        ]
    }
}
