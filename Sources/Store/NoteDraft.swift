import Lexicon

/// A note to add to a deck, or to merge into the note of the deck it names: one the extractor proposes, or one read
/// from a file another program wrote (an Anki export, a hand-made word list). `DeckStore.upsertNotes` applies a
/// batch of them in one transaction, as a `NoteMergePolicy` says.
///
/// A nil field says nothing about the note's field; a value fills it or replaces it, as the policy says.
public struct NoteDraft: Equatable, Sendable {
    /// The file's line the note starts on, for the report; 0 for a note no file gave.
    public var line: Int
    /// The note's GUID as Anki knows it; with `NoteMergePolicy.matchesGUID`, it names the note to update before
    /// the term does. A new note keeps it unless another note has it.
    public var guid: String?
    public var term: String
    public var traditional: String?
    public var pinyin: String?
    public var gloss: String?
    public var kind: NoteKind?
    public var classicalSource: String?
    public var notes: String?
    /// Added to the note's tags.
    public var tags: [String]
    /// Sentences the note does not have yet are added.
    public var examples: [ExampleDraft]

    public init(
        line: Int = 0, guid: String? = nil, term: String, traditional: String? = nil, pinyin: String? = nil,
        gloss: String? = nil, kind: NoteKind? = nil, classicalSource: String? = nil, notes: String? = nil,
        tags: [String] = [], examples: [ExampleDraft] = []
    ) {
        self.line = line
        self.guid = guid
        self.term = term
        self.traditional = traditional
        self.pinyin = pinyin
        self.gloss = gloss
        self.kind = kind
        self.classicalSource = classicalSource
        self.notes = notes
        self.tags = tags
        self.examples = examples
    }

    /// The draft with whitespace trimmed and empty values taken as absent, or why it cannot become a note.
    func validated() throws -> NoteDraft {
        func cleaned(_ value: String?) -> String? {
            guard let value = value?.trimmedOfWhitespace, !value.isEmpty else { return nil }
            return value
        }
        var draft = self
        draft.term = term.trimmedOfWhitespace
        guard !draft.term.isEmpty else { throw StoreError.invalidNote(term: term, reason: "the term is empty") }
        guard !draft.term.contains(where: \.isNewline) else {
            throw StoreError.invalidNote(term: term, reason: "the term has a line break")
        }
        draft.guid = cleaned(guid)
        draft.traditional = cleaned(traditional)
        draft.pinyin = cleaned(pinyin)
        draft.gloss = cleaned(gloss)
        draft.classicalSource = cleaned(classicalSource)
        draft.notes = cleaned(notes)
        draft.examples = try examples.map { example in
            var example = example
            let trimmed = example.sentence.trimmedOfWhitespace
            // The term's place moves with the white space cut from the front, and is dropped if cut into.
            let cut = example.sentence.unicodeScalars.count - trimmed.unicodeScalars.count
            if cut > 0, let span = example.termSpan {
                let leading = example.sentence.unicodeScalars.prefix(while: isTrimmed).count
                let moved = span.lowerBound - leading..<span.upperBound - leading
                example.termSpan = moved.lowerBound >= 0 && moved.upperBound <= trimmed.unicodeScalars.count ? moved : nil
            }
            example.sentence = trimmed
            guard !example.sentence.isEmpty else {
                throw StoreError.invalidNote(term: draft.term, reason: "an example sentence is empty")
            }
            return example
        }
        return draft
    }
}

/// An example sentence for a `NoteDraft`, with where it was read.
public struct ExampleDraft: Equatable, Sendable {
    public var sentence: String
    public var sourceTitle: String?
    public var sourceFile: String?
    public var sourceDate: String?
    public var sourceLine: Int?
    /// Where the term stands in the sentence, in Unicode scalars, when the extraction found it there.
    public var termSpan: Range<Int>?

    public init(
        sentence: String, sourceTitle: String? = nil, sourceFile: String? = nil, sourceDate: String? = nil,
        sourceLine: Int? = nil, termSpan: Range<Int>? = nil
    ) {
        self.sentence = sentence
        self.termSpan = termSpan
        self.sourceTitle = sourceTitle
        self.sourceFile = sourceFile
        self.sourceDate = sourceDate
        self.sourceLine = sourceLine
    }
}
