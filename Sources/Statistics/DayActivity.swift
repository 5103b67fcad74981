import Store

/// What the learner did in one study day: answers, distinct cards, how many were Again, and the time spent.
public struct DayActivity: Equatable, Sendable, Encodable {
    public var date: StudyDate
    public var answers = 0
    public var cards = 0
    public var again = 0
    /// Cards answered for the first time (new cards introduced).
    public var newCards = 0
    public var milliseconds = 0

    /// The share of answers rated Again; nil on a day without answers.
    public var againRate: Double? { answers == 0 ? nil : Double(again) / Double(answers) }

    public init(
        date: StudyDate, answers: Int = 0, cards: Int = 0, again: Int = 0, newCards: Int = 0,
        milliseconds: Int = 0
    ) {
        self.date = date
        self.answers = answers
        self.cards = cards
        self.again = again
        self.newCards = newCards
        self.milliseconds = milliseconds
    }

    /// The activity of `date` from the review log's count of that day (nil: no answers).
    public init(_ detail: DayDetail?, on date: StudyDate) {
        let detail = detail ?? DayDetail()
        self.init(
            date: date, answers: detail.answers, cards: detail.cards, again: detail.again,
            newCards: detail.newCards, milliseconds: detail.milliseconds)
    }

    enum CodingKeys: String, CodingKey {
        case date, answers, cards, again, againRate, newCards, milliseconds
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(date, forKey: .date)
        try container.encode(answers, forKey: .answers)
        try container.encode(cards, forKey: .cards)
        try container.encode(again, forKey: .again)
        try container.encode(againRate, forKey: .againRate)
        try container.encode(newCards, forKey: .newCards)
        try container.encode(milliseconds, forKey: .milliseconds)
    }
}
