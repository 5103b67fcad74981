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
    public var schedule: Card.Schedule
    public var suspended: Bool
    public var buriedUntil: Date?
    /// The card's answers, oldest first.
    public var reviews: [ImportedReview]

    public init(
        type: CardType, schedule: Card.Schedule, suspended: Bool, buriedUntil: Date?,
        reviews: [ImportedReview]
    ) {
        self.type = type
        self.schedule = schedule
        self.suspended = suspended
        self.buriedUntil = buriedUntil
        self.reviews = reviews
    }
}

/// One answer of an imported history, with the card's schedule before and after it.
public struct ImportedReview: Equatable, Sendable {
    public var reviewedAt: Date
    public var rating: Rating
    public var durationMilliseconds: Int
    public var before: Card.Schedule
    public var after: Card.Schedule
    /// Anki's SM-2 ease in permille, kept for reference.
    public var ankiEase: Int?

    public init(
        reviewedAt: Date, rating: Rating, durationMilliseconds: Int, before: Card.Schedule,
        after: Card.Schedule, ankiEase: Int?
    ) {
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.durationMilliseconds = durationMilliseconds
        self.before = before
        self.after = after
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
