import Lexicon

/// A note as the extractor proposes it, with the sentences it was found in. `DeckStore.addNotes` adds it,
/// or, when the deck already has a note for the term, adds its new sentences to that note.
public struct NoteDraft: Equatable, Sendable {
    public var term: String
    public var traditional: String?
    public var pinyin: String
    public var gloss: String
    public var kind: NoteKind
    public var classicalSource: String?
    public var notes: String
    public var tags: [String]
    public var examples: [ExampleDraft]

    public init(
        term: String, traditional: String? = nil, pinyin: String = "", gloss: String = "", kind: NoteKind = .term,
        classicalSource: String? = nil, notes: String = "", tags: [String] = [], examples: [ExampleDraft] = []
    ) {
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

    /// The draft with surrounding whitespace trimmed, or why it cannot become a note.
    func validated() throws -> NoteDraft {
        var draft = self
        draft.term = term.trimmedOfWhitespace
        guard !draft.term.isEmpty else { throw StoreError.invalidNote(term: term, reason: "the term is empty") }
        guard !draft.term.contains(where: \.isNewline) else {
            throw StoreError.invalidNote(term: term, reason: "the term has a line break")
        }
        draft.examples = try examples.map { example in
            var example = example
            example.sentence = example.sentence.trimmedOfWhitespace
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

    public init(sentence: String, sourceTitle: String? = nil, sourceFile: String? = nil, sourceDate: String? = nil,
                sourceLine: Int? = nil) {
        self.sentence = sentence
        self.sourceTitle = sourceTitle
        self.sourceFile = sourceFile
        self.sourceDate = sourceDate
        self.sourceLine = sourceLine
    }
}

/// What `DeckStore.addNotes` did.
public struct NoteBatchResult: Equatable, Sendable {
    public var deck: Deck
    /// Whether the deck was made for this batch.
    public var createdDeck: Bool
    /// Notes new to the deck.
    public var added: [Note]
    /// Notes the deck had, which got a new sentence, tag or empty field filled.
    public var updated: [Note]
    /// Notes the deck had, with nothing new.
    public var unchanged: [Note]
    public var examplesAdded: Int
    public var cardsAdded: Int
}

extension NoteBatchResult {
    /// Files a note the deck already had; a term met twice in one batch is listed once, under its latest state.
    mutating func record(existing note: Note, changed: Bool) {
        if let index = added.firstIndex(where: { $0.id == note.id }) {
            added[index] = note
        } else if let index = updated.firstIndex(where: { $0.id == note.id }) {
            updated[index] = note
        } else if changed {
            unchanged.removeAll { $0.id == note.id }
            updated.append(note)
        } else if !unchanged.contains(where: { $0.id == note.id }) {
            unchanged.append(note)
        }
    }
}
