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

/// What upserting one draft did to the deck.
enum NoteUpsertOutcome {
    case added(Note, examplesAdded: Int)
    case updated(Note, examplesAdded: Int)
    case unchanged(Note)
    case skipped(NoteUpsertResult.Reason)

    /// The note the draft now stands for; nil when it was skipped.
    var note: Note? {
        switch self {
        case let .added(note, _), let .updated(note, _), let .unchanged(note): note
        case .skipped: nil
        }
    }
}

/// Files each draft's outcome in a `NoteUpsertResult`, keeping where each note stands in it so that a note met
/// twice in one batch is listed once (a 50,000-line file would otherwise search the lists for every line).
struct NoteUpsertTally {
    private(set) var result: NoteUpsertResult
    private var addedAt: [Int64: Int] = [:]
    private var updatedAt: [Int64: Int] = [:]
    private var unchangedIDs: Set<Int64> = []

    init(deck: Deck, createdDeck: Bool) {
        result = NoteUpsertResult(deck: deck, createdDeck: createdDeck)
    }

    mutating func record(_ outcome: NoteUpsertOutcome, of draft: NoteDraft, cardsAdded: Int) {
        result.cardsAdded += cardsAdded
        switch outcome {
        case let .added(note, examples):
            result.examplesAdded += examples
            if let id = note.id { addedAt[id] = result.added.count }
            result.added.append(note)
        case let .updated(note, examples):
            result.examplesAdded += examples
            guard let id = note.id else { return }
            if let position = addedAt[id] {
                result.added[position] = note
            } else if let position = updatedAt[id] {
                result.updated[position] = note
            } else {
                if unchangedIDs.remove(id) != nil { result.unchanged.removeAll { $0.id == id } }
                updatedAt[id] = result.updated.count
                result.updated.append(note)
            }
        case let .unchanged(note):
            result.skipped.append(.init(line: draft.line, term: draft.term, reason: .unchanged))
            guard let id = note.id, addedAt[id] == nil, updatedAt[id] == nil else { return }
            if unchangedIDs.insert(id).inserted { result.unchanged.append(note) }
        case let .skipped(reason):
            result.skipped.append(.init(line: draft.line, term: draft.term, reason: reason))
        }
    }
}
