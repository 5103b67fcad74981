import Lexicon

/// A note read from a file another program wrote (an Anki export, a hand-made word list), to add to a deck or to
/// update the note it names. `DeckStore.importNotes` applies a file's worth in one transaction.
///
/// A nil field leaves the note's field as it is; a value replaces it: the file is the learner's latest word.
public struct NoteImport: Equatable, Sendable {
    /// The file's line the note starts on, for the report.
    public var line: Int
    /// The note's GUID as Anki knows it; it names the note to update before the term does.
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
        line: Int, guid: String? = nil, term: String, traditional: String? = nil, pinyin: String? = nil,
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
}

/// What `DeckStore.importNotes` did, note by note.
public struct NoteImportResult: Equatable, Sendable {
    public var deck: Deck
    /// Whether the deck was made for this import.
    public var createdDeck: Bool
    public var added: [Note]
    public var updated: [Note]
    public var skipped: [Skip]
    public var cardsAdded: Int

    /// A line of the file that changed nothing, and why.
    public struct Skip: Equatable, Sendable {
        public var line: Int
        public var term: String
        public var reason: Reason

        public init(line: Int, term: String, reason: Reason) {
            self.line = line
            self.term = term
            self.reason = reason
        }
    }

    public enum Reason: Equatable, Sendable, CustomStringConvertible {
        /// The deck's note has the same fields, tags and sentences already.
        case unchanged
        /// The line's GUID names a note whose term is being changed to one another note of the deck has.
        case termOfAnotherNote(String)

        public var description: String {
            switch self {
            case .unchanged: "the deck's note is the same"
            case let .termOfAnotherNote(term):
                "its GUID names the note '\(term)', and the deck has another note for the new term; edit one of them"
            }
        }
    }
}
