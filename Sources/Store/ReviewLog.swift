import Foundation
import GRDB
import Scheduler

/// One answer to one card: what was answered, what FSRS made of it, and the card's whole schedule before it,
/// so that an undo puts the card back exactly. One row of the `review_log` table. The state before and after is
/// kept as flat columns rather than a `CardState`: they are history, and a history imported from another program
/// holds states a `CardState` cannot (no step, or a card in review whose memory is unknown).
public struct ReviewLog: Codable, Equatable, Sendable {
    public var id: Int64?
    public var cardID: Int64
    public var reviewedAt: Date
    /// The scheduler's `Rating`, stored as FSRS's grade (1 again … 4 easy), as Anki stores an answer's ease.
    public var rating: Rating
    /// How long the learner took to answer, in milliseconds.
    public var durationMilliseconds: Int
    public var stateBefore: CardState.Kind
    public var stateAfter: CardState.Kind
    public var stabilityAfter: Double?
    public var difficultyAfter: Double?
    /// From the answer to the new due date, in seconds.
    public var scheduledSeconds: Int
    public var previousStep: Int?
    public var previousStability: Double?
    public var previousDifficulty: Double?
    public var previousDue: Date
    public var previousLastReview: Date?
    public var previousReps: Int
    public var previousLapses: Int
    /// The SM-2 ease in permille Anki recorded with an answer imported from it (2500 = 2.5×); nil for Tifa's own.
    public var ankiEase: Int?

    /// The log of Tifa's answer that took `before` to `after`.
    init(cardID: Int64, reviewedAt: Date, rating: Rating, durationMilliseconds: Int, before: Card, after: Card) {
        self.init(
            cardID: cardID, reviewedAt: reviewedAt, rating: rating, durationMilliseconds: durationMilliseconds,
            stateBefore: before.state.kind, stateAfter: after.state.kind, memoryAfter: after.state.memory,
            dueAfter: after.due, previousStep: before.stepColumn, previousMemory: before.state.memory,
            previousDue: before.due, previousLastReview: before.lastReview, previousReps: before.reps,
            previousLapses: before.lapses)
    }

    /// The log of an answer read from another program's history, which records no (re)learning step.
    init(cardID: Int64, imported review: ImportedReview) {
        self.init(
            cardID: cardID, reviewedAt: review.reviewedAt, rating: review.rating,
            durationMilliseconds: review.durationMilliseconds, stateBefore: review.stateBefore,
            stateAfter: review.stateAfter, memoryAfter: review.memoryAfter, dueAfter: review.dueAfter,
            previousStep: nil, previousMemory: review.memoryBefore, previousDue: review.dueBefore,
            previousLastReview: review.lastReviewBefore, previousReps: review.repsBefore,
            previousLapses: review.lapsesBefore)
        ankiEase = review.ankiEase
    }

    private init(
        cardID: Int64, reviewedAt: Date, rating: Rating, durationMilliseconds: Int, stateBefore: CardState.Kind,
        stateAfter: CardState.Kind, memoryAfter: MemoryState?, dueAfter: Date, previousStep: Int?,
        previousMemory: MemoryState?, previousDue: Date, previousLastReview: Date?, previousReps: Int,
        previousLapses: Int
    ) {
        self.cardID = cardID
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.durationMilliseconds = durationMilliseconds
        self.stateBefore = stateBefore
        self.stateAfter = stateAfter
        self.stabilityAfter = memoryAfter?.stability
        self.difficultyAfter = memoryAfter?.difficulty
        self.scheduledSeconds = Int(dueAfter.timeIntervalSince(reviewedAt).rounded())
        self.previousStep = previousStep
        self.previousStability = previousMemory?.stability
        self.previousDifficulty = previousMemory?.difficulty
        self.previousDue = previousDue
        self.previousLastReview = previousLastReview
        self.previousReps = previousReps
        self.previousLapses = previousLapses
    }

    /// `card` as it was before this answer, for an undo or a replay. The log's columns are history: an answer
    /// imported from another program has no step, which puts a (re)learning card back at its first step, as Tifa
    /// always replayed it; a state with no `CardState` (a card in review without memory) throws
    /// `StoreError.inconsistentCard`, naming the card.
    public func restoringPrevious(_ card: Card) throws -> Card {
        var previous = card
        let step = stateBefore == .learning || stateBefore == .relearning ? previousStep ?? 0 : previousStep
        previous.state = try Card.state(
            id: cardID, kind: stateBefore, step: step, stability: previousStability,
            difficulty: previousDifficulty)
        previous.due = previousDue
        previous.lastReview = previousLastReview
        previous.reps = previousReps
        previous.lapses = previousLapses
        return previous
    }
}

extension ReviewLog: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "review_log"

    enum CodingKeys: String, CodingKey {
        case id
        case cardID = "card_id"
        case reviewedAt = "reviewed_at"
        case rating
        case durationMilliseconds = "duration_ms"
        case stateBefore = "state_before"
        case stateAfter = "state_after"
        case stabilityAfter = "stability_after"
        case difficultyAfter = "difficulty_after"
        case scheduledSeconds = "scheduled_seconds"
        case previousStep = "previous_step"
        case previousStability = "previous_stability"
        case previousDifficulty = "previous_difficulty"
        case previousDue = "previous_due"
        case previousLastReview = "previous_last_review"
        case previousReps = "previous_reps"
        case previousLapses = "previous_lapses"
        case ankiEase = "anki_ease"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let cardID = Column(CodingKeys.cardID)
        public static let reviewedAt = Column(CodingKeys.reviewedAt)
        public static let stateBefore = Column(CodingKeys.stateBefore)
    }

    static let card = belongsTo(Card.self)

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
