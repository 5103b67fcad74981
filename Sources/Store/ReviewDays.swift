import Scheduler

/// The review log counted by study day up to a moment: every answer in `total`; the answers of each day from
/// `countedFrom` on that has any (the year a heatmap shows); before it, only which days had answers (all a streak
/// needs); and for the days from `detailFrom` to `today` (the recent ones that statistics look into) what the
/// answers were.
public struct ReviewDays: Equatable, Sendable {
    /// Answers by study day number, for the days from `countedFrom`; days without answers are absent.
    public var answers: [Int: Int] = [:]
    /// The first day whose answers are counted in `answers`.
    public var countedFrom: Int
    /// The days before `countedFrom` that have answers.
    public var studiedBefore: Set<Int> = []
    /// Every answer up to the moment, on any day.
    public var total = 0
    /// The first day with details.
    public var detailFrom: Int
    /// The day of the moment counted up to: the last with details, and the only one whose cards are counted.
    public var today: Int
    /// Details of the days from `detailFrom` that have answers.
    public var details: [Int: DayDetail] = [:]

    public init(countedFrom: Int, detailFrom: Int, today: Int) {
        self.countedFrom = countedFrom
        self.detailFrom = detailFrom
        self.today = today
    }

    /// Every day with answers, counted or not.
    public var studiedDays: Set<Int> { studiedBefore.union(answers.keys) }
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

    /// Adds another span's figures to these (an hour's to its day's).
    mutating func add(_ other: DayDetail) {
        answers += other.answers
        again += other.again
        reviewAnswers += other.reviewAnswers
        passedReviews += other.passedReviews
        newCards += other.newCards
        milliseconds += other.milliseconds
        cards += other.cards
    }

    /// Counts one answer into the figures (all of them but `cards`): the one rule for a day here, and for an
    /// hour of `answer_hour` that an import counts itself (`AnswerHoursInBulk`), as its triggers count in SQL.
    mutating func count(rating: Rating, stateBefore: CardState.Kind, milliseconds: Int) {
        answers += 1
        if rating == .again { again += 1 }
        if stateBefore == .review {
            reviewAnswers += 1
            if rating != .again { passedReviews += 1 }
        }
        if stateBefore == .new { newCards += 1 }
        self.milliseconds += milliseconds
    }
}

extension ReviewDays {
    /// Counts answers one at a time, for a history already in memory.
    struct Tally {
        var days: ReviewDays
        private var cards: [Int: Set<Int64>] = [:]

        init(countedFrom: Int, detailFrom: Int, today: Int) {
            days = ReviewDays(countedFrom: countedFrom, detailFrom: detailFrom, today: today)
        }

        mutating func add(day: Int, cardID: Int64, rating: Rating, stateBefore: CardState.Kind, milliseconds: Int) {
            days.total += 1
            if day >= days.countedFrom { days.answers[day, default: 0] += 1 } else { days.studiedBefore.insert(day) }
            guard day >= days.detailFrom else { return }
            var detail = days.details[day] ?? DayDetail()
            detail.count(rating: rating, stateBefore: stateBefore, milliseconds: milliseconds)
            if day == days.today && cards[day, default: []].insert(cardID).inserted { detail.cards += 1 }
            days.details[day] = detail
        }
    }
}
