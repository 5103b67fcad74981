import Foundation
import GRDB
import Scheduler

/// One question about a note (recognition, production or cloze) and where it stands in FSRS: the scheduler's
/// `CardState`, which the `card` table keeps in its `state`, `step`, `stability` and `difficulty` columns
/// (`Card+Row.swift`).
public struct Card: Decodable, Equatable, Sendable {
    public var id: Int64?
    public var noteID: Int64
    public var type: CardType
    public var state: CardState
    public var due: Date
    public var lastReview: Date?
    public var reps: Int
    public var lapses: Int
    public var suspended: Bool
    /// A buried card is left out of study until this moment.
    public var buriedUntil: Date?

    public init(
        id: Int64? = nil, noteID: Int64, type: CardType, state: CardState = .new, due: Date,
        lastReview: Date? = nil, reps: Int = 0, lapses: Int = 0, suspended: Bool = false, buriedUntil: Date? = nil
    ) {
        self.id = id
        self.noteID = noteID
        self.type = type
        self.state = state
        self.due = due
        self.lastReview = lastReview
        self.reps = reps
        self.lapses = lapses
        self.suspended = suspended
        self.buriedUntil = buriedUntil
    }

    /// Whether the card is buried at `now`.
    public func isBuried(at now: Date) -> Bool { buriedUntil.map { $0 > now } ?? false }
}

extension Card: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "card"

    /// The `card` table's column names.
    enum ColumnName: String, CodingKey {
        case id
        case noteID = "note_id"
        case type, state, step, stability, difficulty, due
        case lastReview = "last_review"
        case reps, lapses, suspended
        case buriedUntil = "buried_until"
    }

    public enum Columns {
        public static let id = Column(ColumnName.id.rawValue)
        public static let noteID = Column(ColumnName.noteID.rawValue)
        public static let type = Column(ColumnName.type.rawValue)
        public static let state = Column(ColumnName.state.rawValue)
        public static let difficulty = Column(ColumnName.difficulty.rawValue)
        public static let lapses = Column(ColumnName.lapses.rawValue)
        public static let due = Column(ColumnName.due.rawValue)
        public static let suspended = Column(ColumnName.suspended.rawValue)
        public static let buriedUntil = Column(ColumnName.buriedUntil.rawValue)
    }

    static let note = belongsTo(Note.self)
    static let reviewLogs = hasMany(ReviewLog.self)

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
