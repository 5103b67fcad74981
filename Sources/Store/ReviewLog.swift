import Foundation
import GRDB
import Scheduler

/// One answer to one card: what was answered, what FSRS made of it, and the card's whole schedule before it,
/// so that an undo puts the card back exactly. One row of the `review_log` table.
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

    /// The card's schedule before this answer.
    public var previousSchedule: Card.Schedule {
        Card.Schedule(
            state: stateBefore, step: previousStep, stability: previousStability,
            difficulty: previousDifficulty, due: previousDue, lastReview: previousLastReview,
            reps: previousReps, lapses: previousLapses)
    }

    init(
        cardID: Int64, reviewedAt: Date, rating: Rating, durationMilliseconds: Int,
        before: Card.Schedule, after: Card.Schedule
    ) {
        self.cardID = cardID
        self.reviewedAt = reviewedAt
        self.rating = rating
        self.durationMilliseconds = durationMilliseconds
        self.stateBefore = before.state
        self.stateAfter = after.state
        self.stabilityAfter = after.stability
        self.difficultyAfter = after.difficulty
        self.scheduledSeconds = Int(after.due.timeIntervalSince(reviewedAt).rounded())
        self.previousStep = before.step
        self.previousStability = before.stability
        self.previousDifficulty = before.difficulty
        self.previousDue = before.due
        self.previousLastReview = before.lastReview
        self.previousReps = before.reps
        self.previousLapses = before.lapses
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
