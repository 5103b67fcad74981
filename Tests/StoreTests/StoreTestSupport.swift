import Foundation
import GRDB

@testable import Store

/// An article's worth of notes, as the extractor would propose them.
func sampleDrafts(file: String = "renmin-2018-06-11.txt") -> [NoteDraft] {
    [
        NoteDraft(
            term: "同舟共济", traditional: "同舟共濟", pinyin: "tóng zhōu gòng jì",
            gloss: "to pull together in times of trouble", kind: .idiom, classicalSource: "《孙子·九地》",
            tags: ["diplomacy", "SCO summit"],
            examples: [
                ExampleDraft(
                    sentence: "各国要同舟共济，共同应对挑战。", sourceTitle: "王毅谈上合青岛峰会",
                    sourceFile: file, sourceDate: "2018-06-11", sourceLine: 12)
            ]),
        NoteDraft(
            term: "人类命运共同体", pinyin: "rén lèi mìng yùn gòng tóng tǐ",
            gloss: "community with a shared future for mankind", kind: .formulation,
            examples: [
                ExampleDraft(
                    sentence: "推动构建人类命运共同体。", sourceTitle: "王毅谈上合青岛峰会",
                    sourceFile: file, sourceDate: "2018-06-11", sourceLine: 30)
            ]),
    ]
}

extension DeckStore {
    /// Runs raw SQL, for tests that set up what no public method does (a newer Tifa's migration, a failing trigger).
    func execute(_ sql: String, arguments: StatementArguments = []) throws {
        try dbWriter.write { db in try db.execute(sql: sql, arguments: arguments) }
    }

    func fetchInt(_ sql: String) throws -> Int? {
        try dbWriter.read { db in try Int.fetchOne(db, sql: sql) }
    }
}
