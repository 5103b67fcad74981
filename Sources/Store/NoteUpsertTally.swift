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
