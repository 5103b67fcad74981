import Lexicon
import Store

/// Pinyin and traditional form for the notes of a plain term/gloss list, from the lexicon as `extract` finds them,
/// and the tag `looked-up` on each note so filled, so that the learner knows they were not in the file.
enum LookedUpReadings {
    static let tag = "looked-up"

    static func fill(_ notes: [NoteImport], lexicon: Lexicon) -> [NoteImport] {
        notes.map { note in
            guard note.pinyin == nil, let report = try? lexicon.report(for: note.term), !report.pinyin.isEmpty else {
                return note
            }
            var note = note
            note.pinyin = report.pinyin
            if note.traditional == nil && report.traditional != note.term { note.traditional = report.traditional }
            if !note.tags.contains(tag) { note.tags.append(tag) }
            return note
        }
    }
}
