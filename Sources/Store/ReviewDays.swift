import Scheduler

/// The review log counted by study day up to a moment: the answers of every day that has any, and for the
/// days from `detailFrom` to `today` (the recent ones that statistics look into) what the answers were.
public struct ReviewDays: Equatable, Sendable {
    /// Answers by study day number; days without answers are absent.
    public var answers: [Int: Int] = [:]
    /// The first day with details.
    public var detailFrom: Int
    /// The day of the moment counted up to: the last with details, and the only one whose cards are counted.
    public var today: Int
    /// Details of the days from `detailFrom` that have answers.
    public var details: [Int: DayDetail] = [:]

    public init(detailFrom: Int, today: Int) {
        self.detailFrom = detailFrom
        self.today = today
    }

    public var total: Int { answers.values.reduce(0, +) }

    /// These days without the answers of `part`, which are among them: the answers of one deck are those of all
    /// decks less those of the others.
    func subtracting(_ part: ReviewDays) -> ReviewDays {
        var result = self
        for (day, count) in part.answers {
            let left = (result.answers[day] ?? 0) - count
            result.answers[day] = left == 0 ? nil : left
        }
        for (day, detail) in part.details {
            let left = (result.details[day] ?? DayDetail()).subtracting(detail)
            result.details[day] = left.answers == 0 ? nil : left
        }
        return result
    }
}

/// What the answers of one study day were.
public struct DayDetail: Equatable, Sendable {
    public var answers = 0
    public var again = 0
    /// Answers to cards in the review state, and those of them not rated Again.
    public var reviewAnswers = 0
    public var passedReviews = 0
    /// Answers to new cards: the cards introduced that day.
    public var newCards = 0
    public var milliseconds = 0
    /// Distinct cards answered; counted for `today` only (0 on the days before), as only today's are shown and
    /// counting them is most of the cost of a day's details.
    public var cards = 0

    public init() {}

    func subtracting(_ other: DayDetail) -> DayDetail {
        var result = self
        result.answers -= other.answers
        result.again -= other.again
        result.reviewAnswers -= other.reviewAnswers
        result.passedReviews -= other.passedReviews
        result.newCards -= other.newCards
        result.milliseconds -= other.milliseconds
        // A card belongs to one deck, so the cards of a part are among the whole's.
        result.cards -= other.cards
        return result
    }
}

extension ReviewDays {
    /// Counts answers one at a time, for a history already in memory and for the part of the log read row by row.
    struct Tally {
        var days: ReviewDays
        private var cards: [Int: Set<Int64>] = [:]

        init(detailFrom: Int, today: Int) {
            days = ReviewDays(detailFrom: detailFrom, today: today)
        }

        mutating func add(day: Int, cardID: Int64, rating: Rating, stateBefore: CardState.Kind, milliseconds: Int) {
            days.answers[day, default: 0] += 1
            guard day >= days.detailFrom else { return }
            var detail = days.details[day] ?? DayDetail()
            detail.answers += 1
            if rating == .again { detail.again += 1 }
            if stateBefore == .review {
                detail.reviewAnswers += 1
                if rating != .again { detail.passedReviews += 1 }
            }
            if stateBefore == .new { detail.newCards += 1 }
            detail.milliseconds += milliseconds
            if day == days.today && cards[day, default: []].insert(cardID).inserted { detail.cards += 1 }
            days.details[day] = detail
        }
    }
}
