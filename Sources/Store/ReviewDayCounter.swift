import Foundation
import GRDB
import Scheduler

/// Counts the review log by study day from `answer_hour`, the answers' figures by deck and UTC hour that the
/// schema's triggers keep (schema v6), instead of walking the log's index answer by answer: a million answers
/// over 18 months are some thousands of hours. A day's answers are the hours wholly inside it; where a day
/// boundary (or `now`) cuts an hour, as in a time zone half an hour off UTC, the log itself is read for the
/// part of the hour in the day. An answer is in the deck its card's note is in.
struct ReviewDayCounter<Rule: StudyDayRule> {
    let db: Database
    let rule: Rule
    /// Milliseconds since 1970 of the millisecond after `now`: answers from it on are not counted.
    let afterNow: Int64
    let today: Int
    let countedFrom: Int
    let detailFrom: Int

    private static var hour: Int64 { 3_600_000 }

    init(db: Database, rule: Rule, now: Date, countedDays: Int, detailDays: Int) {
        self.db = db
        self.rule = rule
        afterNow = Int64((now.timeIntervalSince1970 * 1000).rounded(.down)) + 1
        today = rule.day(of: now)
        countedFrom = today - (countedDays - 1)
        detailFrom = today - (detailDays - 1)
    }

    /// The answers to the cards of the deck, or of every deck when `deckID` is nil.
    func count(deckID: Int64?) throws -> ReviewDays {
        let hours = try HourFigures.fetchAll(db, deckID: deckID)
        var days = ReviewDays(countedFrom: countedFrom, detailFrom: detailFrom, today: today)
        var index = 0
        var previousDay: Int?
        while index < hours.count, hours[index].start < afterNow {
            // The next day with answers; an hour a day boundary cuts is seen again by the day after.
            var day = rule.day(of: Self.date(hours[index].start))
            if let previousDay, day <= previousDay { day = previousDay + 1 }
            let start = Self.milliseconds(rule.start(of: day))
            let end = min(Self.milliseconds(rule.start(of: day + 1)), afterNow)
            var figures = DayDetail()
            while index < hours.count, hours[index].start < start { index += 1 }
            while index < hours.count, hours[index].start + Self.hour <= end {
                figures.add(hours[index].figures)
                index += 1
            }
            // The parts of hours the day's bounds cut.
            let firstWholeHour = Self.hourStart(containing: start + Self.hour - 1)
            let lastHourStart = Self.hourStart(containing: end)
            if firstWholeHour > lastHourStart {
                figures.add(try logFigures(from: start, to: end, deckID: deckID))
            } else {
                if start < firstWholeHour { figures.add(try logFigures(from: start, to: firstWholeHour, deckID: deckID)) }
                if lastHourStart < end { figures.add(try logFigures(from: lastHourStart, to: end, deckID: deckID)) }
            }
            if figures.answers > 0 {
                days.total += figures.answers
                if day < countedFrom {
                    days.studiedBefore.insert(day)
                } else {
                    days.answers[day] = figures.answers
                }
                if day >= detailFrom {
                    var detail = figures
                    if day == today { detail.cards = try distinctCards(from: start, to: end, deckID: deckID) }
                    days.details[day] = detail
                }
            }
            previousDay = day
            if end >= afterNow { break }
        }
        return days
    }

    /// The figures of the answers between two moments, from the log: the part of an hour a bound cuts.
    private func logFigures(from start: Int64, to end: Int64, deckID: Int64?) throws -> DayDetail {
        let statement = try db.cachedStatement(
            sql: """
                SELECT COUNT(*), IFNULL(SUM(r.rating = \(Rating.again.rawValue)), 0),
                       IFNULL(SUM(r.state_before = \(CardState.Kind.review.rawValue)), 0),
                       IFNULL(SUM(r.state_before = \(CardState.Kind.review.rawValue) AND r.rating != \(Rating.again.rawValue)), 0),
                       IFNULL(SUM(r.state_before = \(CardState.Kind.new.rawValue)), 0), IFNULL(SUM(r.duration_ms), 0)
                \(Self.answers(deckID: deckID))
                """)
        var figures = DayDetail()
        guard let row = try Row.fetchOne(statement, arguments: Self.arguments(start, end, deckID)) else { return figures }
        figures.answers = try row.decode(atIndex: 0)
        figures.again = try row.decode(atIndex: 1)
        figures.reviewAnswers = try row.decode(atIndex: 2)
        figures.passedReviews = try row.decode(atIndex: 3)
        figures.newCards = try row.decode(atIndex: 4)
        figures.milliseconds = try row.decode(atIndex: 5)
        return figures
    }

    /// The cards answered between two moments (today's, which the statistics show).
    private func distinctCards(from start: Int64, to end: Int64, deckID: Int64?) throws -> Int {
        let statement = try db.cachedStatement(sql: "SELECT COUNT(DISTINCT r.card_id) \(Self.answers(deckID: deckID))")
        return try Int.fetchOne(statement, arguments: Self.arguments(start, end, deckID)) ?? 0
    }

    /// The answers between two stored times (the texts sort as the dates do), to the cards of a deck or of any
    /// deck: those `answer_hour` counts. CROSS JOIN has SQLite start from the times' index; started from a big
    /// deck's notes, it looked up every card's answers for each part of an hour.
    private static func answers(deckID: Int64?) -> String {
        """
        FROM review_log r CROSS JOIN card c ON c.id = r.card_id CROSS JOIN note n ON n.id = c.note_id
        WHERE r.reviewed_at >= ? AND r.reviewed_at < ?\(deckID == nil ? "" : " AND n.deck_id = ?")
        """
    }

    private static func arguments(_ start: Int64, _ end: Int64, _ deckID: Int64?) -> StatementArguments {
        var arguments: StatementArguments = [DatabaseDateText.text(date(start)), DatabaseDateText.text(date(end))]
        if let deckID { arguments += [deckID] }
        return arguments
    }

    private static func hourStart(containing moment: Int64) -> Int64 {
        let (quotient, remainder) = moment.quotientAndRemainder(dividingBy: hour)
        return (remainder < 0 ? quotient - 1 : quotient) * hour
    }

    private static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }
    private static func date(_ milliseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(milliseconds) / 1000) }
}

/// What `answer_hour` holds of an hour: its start and its figures, in the shape of a day's.
struct HourFigures {
    /// The hour's first millisecond since 1970.
    var start: Int64
    var figures: DayDetail

    /// The hours of one deck, or every deck's summed, in time order. An hour whose text is not a time (from a
    /// time no Tifa writes) belongs to no day and is left out.
    static func fetchAll(_ db: Database, deckID: Int64?) throws -> [HourFigures] {
        let figures = "answers, again, review_answers, passed_reviews, new_cards, duration_ms"
        let statement = try db.makeStatement(
            sql: deckID == nil
                ? """
                SELECT hour || ':00:00.000', \(figures.split(separator: ",").map { "SUM(\($0))" }.joined(separator: ","))
                FROM answer_hour GROUP BY hour ORDER BY hour
                """
                : "SELECT hour || ':00:00.000', \(figures) FROM answer_hour WHERE deck_id = ? ORDER BY hour")
        if let deckID { statement.arguments = [deckID] }
        let rows = try Row.fetchCursor(statement)
        let columns = StatementColumns(statement)
        var hours: [HourFigures] = []
        while try rows.next() != nil {
            guard let start = columns.milliseconds(0) else { continue }
            var figures = DayDetail()
            (figures.answers, figures.again, figures.reviewAnswers) = (columns.int(1), columns.int(2), columns.int(3))
            (figures.passedReviews, figures.newCards, figures.milliseconds) = (columns.int(4), columns.int(5), columns.int(6))
            hours.append(HourFigures(start: start, figures: figures))
        }
        return hours
    }
}
