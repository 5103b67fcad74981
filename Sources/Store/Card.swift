import Foundation
import GRDB
import Scheduler

/// One question about a note (recognition, production or cloze) and where it stands in FSRS.
/// One row of the `card` table; the scheduling fields are plain columns, gathered as `Card.Schedule`.
public struct Card: Codable, Equatable, Sendable {
    public var id: Int64?
    public var noteID: Int64
    public var type: CardType
    /// The kind of the scheduler's `CardState` the card is in; `step`, `stability` and `difficulty` hold its data.
    public var state: CardState.Kind
    /// The (re)learning step the card is at; nil outside learning and relearning.
    public var step: Int?
    /// FSRS stability in days; nil while the card is new.
    public var stability: Double?
    /// FSRS difficulty, 1 to 10; nil while the card is new.
    public var difficulty: Double?
    public var due: Date
    public var lastReview: Date?
    public var reps: Int
    public var lapses: Int
    public var suspended: Bool
    /// A buried card is left out of study until this moment.
    public var buriedUntil: Date?

    /// The fields an answer changes and an undo restores.
    public struct Schedule: Equatable, Sendable {
        public var state: CardState.Kind
        public var step: Int?
        public var stability: Double?
        public var difficulty: Double?
        public var due: Date
        public var lastReview: Date?
        public var reps: Int
        public var lapses: Int

        public init(
            state: CardState.Kind, step: Int? = nil, stability: Double? = nil, difficulty: Double? = nil, due: Date,
            lastReview: Date? = nil, reps: Int = 0, lapses: Int = 0
        ) {
            self.state = state
            self.step = step
            self.stability = stability
            self.difficulty = difficulty
            self.due = due
            self.lastReview = lastReview
            self.reps = reps
            self.lapses = lapses
        }

        /// A card never studied, due from `now`.
        public static func new(dueFrom now: Date) -> Schedule { Schedule(state: .new, due: now) }
    }

    public init(
        id: Int64? = nil, noteID: Int64, type: CardType, schedule: Schedule, suspended: Bool = false,
        buriedUntil: Date? = nil
    ) {
        self.id = id
        self.noteID = noteID
        self.type = type
        self.state = schedule.state
        self.step = schedule.step
        self.stability = schedule.stability
        self.difficulty = schedule.difficulty
        self.due = schedule.due
        self.lastReview = schedule.lastReview
        self.reps = schedule.reps
        self.lapses = schedule.lapses
        self.suspended = suspended
        self.buriedUntil = buriedUntil
    }

    public var schedule: Schedule {
        get {
            Schedule(
                state: state, step: step, stability: stability, difficulty: difficulty, due: due,
                lastReview: lastReview, reps: reps, lapses: lapses)
        }
        set {
            state = newValue.state
            step = newValue.step
            stability = newValue.stability
            difficulty = newValue.difficulty
            due = newValue.due
            lastReview = newValue.lastReview
            reps = newValue.reps
            lapses = newValue.lapses
        }
    }

    /// Whether the card is buried at `now`.
    public func isBuried(at now: Date) -> Bool { buriedUntil.map { $0 > now } ?? false }
}

extension Card: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "card"

    enum CodingKeys: String, CodingKey {
        case id
        case noteID = "note_id"
        case type, state, step, stability, difficulty, due
        case lastReview = "last_review"
        case reps, lapses, suspended
        case buriedUntil = "buried_until"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let noteID = Column(CodingKeys.noteID)
        public static let type = Column(CodingKeys.type)
        public static let state = Column(CodingKeys.state)
        public static let difficulty = Column(CodingKeys.difficulty)
        public static let lapses = Column(CodingKeys.lapses)
        public static let due = Column(CodingKeys.due)
        public static let suspended = Column(CodingKeys.suspended)
        public static let buriedUntil = Column(CodingKeys.buriedUntil)
    }

    static let note = belongsTo(Note.self)
    static let reviewLogs = hasMany(ReviewLog.self)

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
