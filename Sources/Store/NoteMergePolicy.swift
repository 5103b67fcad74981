/// How `DeckStore.upsertNotes` finds the note a draft names and what it takes from the draft.
public struct NoteMergePolicy: Equatable, Sendable {
    public enum Fields: Equatable, Sendable {
        /// The draft fills the note's empty fields; the learner's own edits are kept, and so are the note's term
        /// and kind.
        case fillEmpty
        /// The draft's fields (term and kind too) replace the note's: the file is the learner's latest word.
        case overwrite
    }

    public var fields: Fields
    /// Whether a draft's GUID names the note of the deck to update before its term does. A GUID of a note in
    /// another deck is never a match.
    public var matchesGUID: Bool

    public init(fields: Fields, matchesGUID: Bool) {
        self.fields = fields
        self.matchesGUID = matchesGUID
    }

    /// What an article's notes do to the deck: a term it has gets the new sentences and tags, and its empty fields
    /// filled.
    public static let extraction = NoteMergePolicy(fields: .fillEmpty, matchesGUID: false)
    /// What a file's notes do to the deck: matched by GUID, then term, they replace the fields they give.
    public static let fileImport = NoteMergePolicy(fields: .overwrite, matchesGUID: true)
}

extension Note {
    /// Takes what a draft brings under `policy`: its fields, and its tags (added to the note's). Returns whether
    /// anything changed.
    mutating func merge(_ draft: NoteDraft, fields policy: NoteMergePolicy.Fields) -> Bool {
        let before = self
        func take(_ value: String?, into field: inout String) {
            if let value, policy == .overwrite || field.isEmpty { field = value }
        }
        func take(_ value: String?, into field: inout String?) {
            if let value, policy == .overwrite || field?.isEmpty ?? true { field = value }
        }
        if policy == .overwrite {
            term = draft.term
            if let value = draft.kind { kind = value }
        }
        take(draft.traditional, into: &traditional)
        take(draft.pinyin, into: &pinyin)
        take(draft.gloss, into: &gloss)
        take(draft.classicalSource, into: &classicalSource)
        take(draft.notes, into: &notes)
        tags = Note.joinTags(tagList + draft.tags)
        return self != before
    }
}
