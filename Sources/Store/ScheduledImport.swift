import Foundation
import Scheduler

/// A note read from another program's collection (an Anki package) with its cards, their schedules and their
/// review history. `DeckStore.importScheduledNotes` applies a package's worth in one transaction.
public struct ScheduledNoteImport: Equatable, Sendable {
    /// The fields; `note.guid` is the note's GUID in the other program and names the note on a re-import.
    public var note: NoteDraft
    /// The deck the note goes into (made if missing).
    public var deckName: String
    public var cards: [ScheduledCardImport]

    public init(note: NoteDraft, deckName: String, cards: [ScheduledCardImport]) {
        self.note = note
        self.deckName = deckName
        self.cards = cards
    }
}

/// One card as the other program left it: where it stands, whether it is suspended or buried, and its answers.
public struct ScheduledCardImport: Equatable, Sendable {
    public var type: CardType
    public var state: CardState
    public var due: Date
    public var lastReview: Date?
    public var reps: Int
    public var lapses: Int
    public var suspended: Bool
    public var buriedUntil: Date?
    /// The card's answers, oldest first.
    public var reviews: [ImportedReview]

    public init(
        type: CardType, state: CardState, due: Date, lastReview: Date?, reps: Int, lapses: Int, suspended: Bool,
        buriedUntil: Date?, reviews: [ImportedReview]
    ) {
        self.type = type
        self.state = state
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
        self.suspended = suspended
        self.buriedUntil = buriedUntil
        self.reviews = reviews
    }
}

/// One answer of an imported history, with what the other program's log tells of the card before and after it:
/// the kind of its state, its memory state (replayed), its due moment, and before it its last review and counts.
/// Such a log records no (re)learning step, and a state before may have no `CardState` (a card in review whose
/// memory is unknown), so these are history, kept as the review log's columns.
public struct ImportedReview: Equatable, Sendable {
    public var reviewedAt: Date
    public var rating: Rating
    public var durationMilliseconds: Int
    public var stateBefore: CardState.Kind
    public var memoryBefore: MemoryState?
    public var dueBefore: Date
    public var lastReviewBefore: Date?
    public var repsBefore: Int
    public var lapsesBefore: Int
    public var stateAfter: CardState.Kind
    public var memoryAfter: MemoryState?
    public var dueAfter: Date
    /// Anki's SM-2 ease in permille, kept for reference.
    public var ankiEase: Int?

    public init(
        reviewedAt: Date, rating: Rating, durationMilliseconds: Int, stateBefore: CardState.Kind,
        memoryBefore: MemoryState?, dueBefore: Date, lastReviewBefore: Date?, repsBefore: Int, lapsesBefore: Int,
        stateAfter: CardState.Kind, memoryAfter: MemoryState?, dueAfter: Date, ankiEase: Int?
    ) {
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.durationMilliseconds = durationMilliseconds
        self.stateBefore = stateBefore
        self.memoryBefore = memoryBefore
        self.dueBefore = dueBefore
        self.lastReviewBefore = lastReviewBefore
        self.repsBefore = repsBefore
        self.lapsesBefore = lapsesBefore
        self.stateAfter = stateAfter
        self.memoryAfter = memoryAfter
        self.dueAfter = dueAfter
        self.ankiEase = ankiEase
    }
}

/// What `DeckStore.importScheduledNotes` did, in counts.
public struct ScheduledImportResult: Equatable, Sendable {
    /// The decks the notes went into, and which of them were made for this import.
    public var decks: [String] = []
    public var createdDecks: [String] = []
    public var notesAdded = 0
    public var notesUpdated = 0
    public var notesUnchanged = 0
    public var cardsAdded = 0
    public var cardsUpdated = 0
    public var cardsUnchanged = 0
    public var reviewsAdded = 0
    /// Answers the database had already (same card, same millisecond): a re-import never doubles them.
    public var reviewsPresent = 0
    /// Notes that could not be taken, and why.
    public var skipped: [NoteUpsertResult.Skip] = []

    public init() {}
}

/// The settings a deck made by an import takes from the other program's deck (Anki's deck options): only a deck
/// the import creates takes them; a deck the learner has keeps its own.
public struct ImportedDeckOptions: Equatable, Sendable {
    public var settings: DeckSettingsChange
    /// FSRS-6's 21 parameters, fitted in the other program; nil: FSRS-6's defaults.
    public var fsrsParameters: [Double]?

    public init(settings: DeckSettingsChange = DeckSettingsChange(), fsrsParameters: [Double]? = nil) {
        self.settings = settings
        self.fsrsParameters = fsrsParameters
    }
}
