/// A change to some of a deck's settings; the fields left nil keep their value.
public struct DeckSettingsChange: Equatable, Sendable {
    public var desiredRetention: Double?
    public var newCardsPerDay: Int?
    public var maximumReviewsPerDay: Int?
    /// In seconds; `StepDurations.parse` reads "1m 10m".
    public var learningSteps: [Int]?
    public var relearningSteps: [Int]?
    /// In days.
    public var maximumInterval: Int?
    public var cardTypes: [CardType]?
    public var dayStartHour: Int?

    public init(
        desiredRetention: Double? = nil, newCardsPerDay: Int? = nil, maximumReviewsPerDay: Int? = nil,
        learningSteps: [Int]? = nil, relearningSteps: [Int]? = nil, maximumInterval: Int? = nil,
        cardTypes: [CardType]? = nil, dayStartHour: Int? = nil
    ) {
        self.desiredRetention = desiredRetention
        self.newCardsPerDay = newCardsPerDay
        self.maximumReviewsPerDay = maximumReviewsPerDay
        self.learningSteps = learningSteps
        self.relearningSteps = relearningSteps
        self.maximumInterval = maximumInterval
        self.cardTypes = cardTypes
        self.dayStartHour = dayStartHour
    }

    public var isEmpty: Bool { self == DeckSettingsChange() }

    /// Checks each given value, naming the first one out of range.
    public func validate() throws {
        if let value = desiredRetention, !(value > 0 && value < 1) {
            throw StoreError.invalidSetting(
                name: "retention", value: "\(value)",
                expected: "a number between 0 and 1, e.g. 0.9")
        }
        if let value = newCardsPerDay, value < 0 {
            throw StoreError.invalidSetting(
                name: "new cards per day", value: "\(value)",
                expected: "0 or more, e.g. 20")
        }
        if let value = maximumReviewsPerDay, value < 0 {
            throw StoreError.invalidSetting(
                name: "maximum reviews per day", value: "\(value)",
                expected: "0 or more, e.g. 200")
        }
        for (name, steps) in [("learning steps", learningSteps), ("relearning steps", relearningSteps)] {
            if let steps, steps.contains(where: { $0 <= 0 }) {
                throw StoreError.invalidSetting(
                    name: name, value: StepDurations.format(steps),
                    expected: "positive durations, e.g. \"1m 10m\"")
            }
        }
        if let value = maximumInterval, !(1...36_500).contains(value) {
            throw StoreError.invalidSetting(
                name: "maximum interval", value: "\(value)",
                expected: "a number of days from 1 to 36500")
        }
        if let value = cardTypes, value.isEmpty {
            throw StoreError.invalidSetting(
                name: "card types", value: "",
                expected: "at least one of recognition, production, cloze")
        }
        if let value = dayStartHour, !(0...23).contains(value) {
            throw StoreError.invalidSetting(
                name: "day start hour", value: "\(value)",
                expected: "an hour from 0 to 23, e.g. 4")
        }
    }

    func apply(to deck: inout Deck) {
        if let desiredRetention { deck.desiredRetention = desiredRetention }
        if let newCardsPerDay { deck.newCardsPerDay = newCardsPerDay }
        if let maximumReviewsPerDay { deck.maximumReviewsPerDay = maximumReviewsPerDay }
        if let learningSteps { deck.learningSteps = learningSteps }
        if let relearningSteps { deck.relearningSteps = relearningSteps }
        if let maximumInterval { deck.maximumInterval = maximumInterval }
        if let cardTypes { deck.cardTypes = cardTypes }
        if let dayStartHour { deck.dayStartHour = dayStartHour }
    }
}
