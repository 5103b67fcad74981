import Extraction
import Lexicon
import Store

/// Pinyin and traditional form for the notes of a plain term/gloss list, from the lexicon as `extract` finds them,
/// and the tag `looked-up` on each note so filled, so that the learner knows they were not in the file.
enum LookedUpReadings {
    static let tag = "looked-up"

    /// The notes filled, looked up on all cores (each note on its own; a quarter of a 50,000-line import's
    /// time), in their order.
    static func fill(_ notes: [NoteDraft], lexicon: Lexicon) -> [NoteDraft] {
        ChunkedWork.map(notes) { note in
            guard note.pinyin == nil, let forms = try? lexicon.writtenForms(of: note.term), !forms.pinyin.isEmpty else {
                return note
            }
            var note = note
            note.pinyin = forms.pinyin
            if note.traditional == nil && forms.traditional != note.term { note.traditional = forms.traditional }
            if !note.tags.contains(tag) { note.tags.append(tag) }
            return note
        }
    }
}
