import Extraction
import Foundation
import Store

extension NoteDraft {
    /// The note a vocabulary item becomes, tagged with its kind and the file it came from.
    init(item: VocabularyItem) {
        let example = ExampleDraft(
            sentence: item.example, sourceTitle: item.source.title, sourceFile: item.source.file,
            sourceDate: item.source.date, sourceLine: item.source.line,
            termSpan: item.highlight.start..<item.highlight.start + item.highlight.length)
        self.init(
            term: item.term, traditional: item.traditional, pinyin: item.pinyin, gloss: item.gloss,
            kind: item.kind, classicalSource: item.classicalSource,
            notes: Self.notes(item), tags: Self.tags(item),
            examples: [example])
    }

    /// A gloss read from the parts (or the frame) of a unit no dictionary has is marked as such on the card, so the
    /// learner knows to check it (and `tifa cards search tifa::composed-gloss` finds them all).
    static func notes(_ item: VocabularyItem) -> String {
        let note = item.note ?? ""
        guard let readFrom = item.glossSource.readFrom else { return note }
        let mark = "Gloss read from \(readFrom): no dictionary has this wording."
        return ([mark] + (note.isEmpty ? [] : [note])).joined(separator: " ")
    }

    static func tags(_ item: VocabularyItem) -> [String] {
        ["tifa::\(item.kind.rawValue)", "source::\(Self.tagSlug(item.source.file))"] + (item.glossSource == .parts ? ["tifa::composed-gloss"] : [])
    }

    /// A file name as a tag: no folders, no extension, no spaces.
    static func tagSlug(_ file: String) -> String {
        let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
        return String(name.map { $0.isWhitespace || $0 == ":" ? "-" : $0 })
    }
}
