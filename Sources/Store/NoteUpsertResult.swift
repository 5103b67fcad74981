/// What `DeckStore.upsertNotes` did: each note once, under its latest state, and each draft that changed nothing.
public struct NoteUpsertResult: Equatable, Sendable {
    public var deck: Deck
    /// Whether the deck was made for this batch.
    public var createdDeck: Bool
    /// Notes new to the deck.
    public var added: [Note] = []
    /// Notes the deck had, which got a new sentence, tag or field.
    public var updated: [Note] = []
    /// Notes the deck had, which no draft of the batch changed.
    public var unchanged: [Note] = []
    /// The drafts that changed nothing, and why: each line of a file that the report names.
    public var skipped: [Skip] = []
    public var examplesAdded = 0
    public var cardsAdded = 0

    public init(deck: Deck, createdDeck: Bool) {
        self.deck = deck
        self.createdDeck = createdDeck
    }

    /// A draft that changed nothing, and why.
    public struct Skip: Equatable, Sendable {
        /// The draft's line in its file.
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
        /// The draft's GUID names a note whose term would change to one another note of the deck has.
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
