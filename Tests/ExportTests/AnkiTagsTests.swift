import Export
import Store
import Testing
import TifaTestSupport

@Suite("Tags for Anki")
struct AnkiTagsTests {
    @Test("the kind and source tags are derived anew: one of each, whatever the note stored (tifa extract stores them)")
    func derived() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        try store.upsertNotes(
            [
                NoteDraft(
                    term: "脱贫攻坚", kind: .formulation,
                    tags: ["tifa::term", "source::article", "poverty"],
                    examples: [
                        ExampleDraft(sentence: "打赢脱贫攻坚战。", sourceFile: "Decks/a b/article.txt"),
                        ExampleDraft(
                            sentence: "脱贫攻坚。", sourceTitle: "政府工作报告",
                            sourceDate: "2025-03-05"),
                    ])
            ],
            toDeckNamed: "时政", createDeckIfMissing: true, policy: .extraction, now: FixedDeck.now)
        let detail = try #require(try store.noteDetails(inDeckNamed: "时政").first)
        #expect(
            AnkiTags.tags(for: detail) == [
                "poverty", "tifa::formulation", "source::article",
                "source::政府工作报告-2025-03-05",
            ])
    }
}
