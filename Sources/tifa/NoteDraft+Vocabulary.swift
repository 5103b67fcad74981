import Extraction
import Foundation
import Store

extension NoteDraft {
    /// The note a vocabulary item becomes, tagged with its kind and the file it came from.
    init(item: VocabularyItem) {
        let example = ExampleDraft(
            sentence: item.example, sourceTitle: item.source.title, sourceFile: item.source.file,
            sourceDate: item.source.date, sourceLine: item.source.line)
        self.init(
            term: item.term, traditional: item.traditional, pinyin: item.pinyin, gloss: item.gloss,
            kind: NoteKind(rawValue: item.kind.rawValue) ?? .term, classicalSource: item.classicalSource,
            notes: item.note ?? "", tags: ["tifa::\(item.kind.rawValue)", "source::\(Self.tagSlug(item.source.file))"],
            examples: [example])
    }

    /// A file name as a tag: no folders, no extension, no spaces.
    static func tagSlug(_ file: String) -> String {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return String(name.map { $0.isWhitespace || $0 == ":" ? "-" : $0 })
    }
}
