import Foundation
import GRDB

/// A deck: a named set of notes with its own study settings. One row of the `deck` table.
public struct Deck: Codable, Equatable, Sendable {
    public var id: Int64?
    public var name: String
    public var created: Date
    /// The probability of recall FSRS schedules for, in (0, 1).
    public var desiredRetention: Double
    public var newCardsPerDay: Int
    public var maximumReviewsPerDay: Int
    /// Learning steps in seconds ("1m 10m" is [60, 600]).
    public var learningSteps: [Int]
    /// Relearning steps in seconds, after a lapse.
    public var relearningSteps: [Int]
    /// The longest interval FSRS may give, in days.
    public var maximumInterval: Int
    /// FSRS-6's 21 parameters fitted to this deck's history (or set by hand); nil means FSRS-6's defaults.
    public var fsrsParameters: [Double]?
    /// Whether `fsrsParameters` were fitted or typed in; nil with the defaults.
    public var fsrsParametersOrigin: ParametersOrigin?
    /// When `fsrsParameters` were last changed; nil if never.
    public var fsrsParametersChanged: Date?
    /// The card types made for each note, and studied.
    public var cardTypes: [CardType]
    /// The local hour at which a study day begins (4: reviews done at 1 a.m. count for the day before).
    public var dayStartHour: Int

    public init(
        id: Int64? = nil, name: String, created: Date,
        desiredRetention: Double = 0.9, newCardsPerDay: Int = 20, maximumReviewsPerDay: Int = 200,
        learningSteps: [Int] = [60, 600], relearningSteps: [Int] = [600], maximumInterval: Int = 36500,
        fsrsParameters: [Double]? = nil, cardTypes: [CardType] = CardType.defaults, dayStartHour: Int = 4
    ) {
        self.id = id
        self.name = name
        self.created = created
        self.desiredRetention = desiredRetention
        self.newCardsPerDay = newCardsPerDay
        self.maximumReviewsPerDay = maximumReviewsPerDay
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.fsrsParameters = fsrsParameters
        self.fsrsParametersOrigin = fsrsParameters == nil ? nil : .fitted
        self.cardTypes = cardTypes
        self.dayStartHour = dayStartHour
    }
}

extension Deck {
    /// Where a deck's FSRS parameters come from.
    public enum ParametersOrigin: String, Codable, Sendable, DatabaseValueConvertible {
        /// Fitted to the deck's own reviews by `tifa fsrs optimize --apply`.
        case fitted
        /// Given by hand with `tifa decks set --parameters`.
        case manual
    }
}

extension Deck: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "deck"

    enum CodingKeys: String, CodingKey {
        case id, name, created
        case desiredRetention = "desired_retention"
        case newCardsPerDay = "new_cards_per_day"
        case maximumReviewsPerDay = "maximum_reviews_per_day"
        case learningSteps = "learning_steps"
        case relearningSteps = "relearning_steps"
        case maximumInterval = "maximum_interval"
        case fsrsParameters = "fsrs_parameters"
        case fsrsParametersOrigin = "fsrs_parameters_origin"
        case fsrsParametersChanged = "fsrs_parameters_changed"
        case cardTypes = "card_types"
        case dayStartHour = "day_start_hour"
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let name = Column(CodingKeys.name)
        public static let created = Column(CodingKeys.created)
    }

    static let notes = hasMany(Note.self)

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
