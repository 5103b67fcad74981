import Foundation
import GRDB
import Scheduler

/// Counts the review log by study day without reading every answer: it finds the first answer after a day, asks
/// the rule for that answer's day and the day's bounds, and lets SQLite count the answers between the bounds in
/// the index on `reviewed_at` (the stored text sorts as the dates do), which holds what is counted. Days before
/// the counted ones are only found, one seek each, and the whole log is counted by SQLite's count of the
/// table's entries: a million answers over 18 months take a thousand queries and a walk through the last year's
/// part of the index. One deck's answers are found through its cards, which costs a row lookup per answer, so
/// the deck with fewer notes is read that way: a deck's days are all decks' days less the others'.
struct ReviewDayCounter<Rule: StudyDayRule> {
    let db: Database
    let rule: Rule
    /// The stored text of the millisecond after `now`: answers from it on are not counted. (One bound less to
    /// test per answer: SQLite compares a text with a `datetime` column after trying to read it as a number.)
    let afterNow: String
    let today: Int
    let countedFrom: Int
    let detailFrom: Int

    init(db: Database, rule: Rule, now: Date, countedDays: Int, detailDays: Int) {
        self.db = db
        self.rule = rule
        let milliseconds = (now.timeIntervalSince1970 * 1000).rounded(.down) + 1
        afterNow = DatabaseDateText.text(Date(timeIntervalSince1970: milliseconds / 1000))
        today = rule.day(of: now)
        countedFrom = today - (countedDays - 1)
        detailFrom = today - (detailDays - 1)
    }

    func count(deckID: Int64?) throws -> ReviewDays {
        let (all, starts) = try countAll()
        guard let deckID else { return all }
        var notes: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT deck_id, COUNT(*) FROM note GROUP BY deck_id") {
            notes[try row.decode(atIndex: 0)] = try row.decode(atIndex: 1)
        }
        let own = notes[deckID] ?? 0
        let others = notes.filter { $0.key != deckID }
        if others.values.reduce(0, +) == 0 { return all }
        if own <= others.values.reduce(0, +) { return try countCards(ofDecks: [deckID], starts: starts) }
        return try all.subtracting(try countCards(ofDecks: Array(others.keys), starts: starts)) { day in
            try hasAnswers(day: day, deckID: deckID)
        }
    }

    /// Whether the deck has an answer on `day`: the day's answers in time order, each card's deck looked up,
    /// until one is the deck's.
    private func hasAnswers(day: Int, deckID: Int64) throws -> Bool {
        let statement = try db.cachedStatement(
            sql: """
                SELECT EXISTS (SELECT 1 FROM review_log r CROSS JOIN card c ON c.id = r.card_id
                               CROSS JOIN note n ON n.id = c.note_id
                               WHERE r.reviewed_at >= ? AND r.reviewed_at < ? AND n.deck_id = ?)
                """)
        let upper = min(DatabaseDateText.text(rule.start(of: day + 1)), afterNow)
        return try Bool.fetchOne(statement, arguments: [DatabaseDateText.text(rule.start(of: day)), upper, deckID]) ?? false
    }

    /// The answers before `afterNow`, from SQLite's count of the index's entries (which reads no entry) less
    /// those at or after it, and less any time not stored as text, which no day holds.
    private func countAnswers() throws -> Int {
        let entries = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review_log") ?? 0
        // Two ranges of the index, each a seek and the few entries in it.
        let later = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review_log WHERE reviewed_at >= ?", arguments: [afterNow]) ?? 0
        let notText = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM review_log WHERE reviewed_at < ''") ?? 0
        return entries - later - notText
    }

    /// Every answer's day; and the days' first milliseconds, in order, to place the answers of a deck.
    private func countAll() throws -> (ReviewDays, [(day: Int, start: Int64)]) {
        var days = ReviewDays(countedFrom: countedFrom, detailFrom: detailFrom, today: today)
        days.total = try countAnswers()
        var starts: [(day: Int, start: Int64)] = []
        let next = try db.cachedStatement(sql: "SELECT MIN(reviewed_at) FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ?")
        let count = try db.cachedStatement(
            sql: """
                SELECT COUNT(*) FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ?
                """)
        func detail(distinctCards: Bool) throws -> Statement {
            try db.cachedStatement(
                sql: """
                    SELECT COUNT(*), IFNULL(SUM(rating = \(Rating.again.rawValue)), 0),
                           IFNULL(SUM(state_before = \(CardState.Kind.review.rawValue)), 0),
                           IFNULL(SUM(state_before = \(CardState.Kind.review.rawValue) AND rating != \(Rating.again.rawValue)), 0),
                           IFNULL(SUM(state_before = \(CardState.Kind.new.rawValue)), 0), IFNULL(SUM(duration_ms), 0),
                           \(distinctCards ? "COUNT(DISTINCT card_id)" : "0")
                    FROM review_log WHERE reviewed_at >= ? AND reviewed_at < ?
                    """)
        }

        // A day that has answers is usually followed by another: its count is asked for straight away, and the
        // first answer after a day is searched for only when that count is 0.
        var following: (day: Int, start: Date, lower: String)?
        var from = ""
        while true {
            let day: Int
            let start: Date
            let lower: String
            if let following {
                (day, start, lower) = following
            } else {
                guard let text = try String.fetchOne(next, arguments: [from, afterNow]),
                    let date = DatabaseDateText.date(text)
                else { break }
                day = rule.day(of: date)
                start = rule.start(of: day)
                lower = DatabaseDateText.text(start)
            }
            let end = rule.start(of: day + 1)
            let upper = DatabaseDateText.text(end)
            guard day >= countedFrom else {
                // A day before the counted ones: that it has answers is all that is kept.
                days.studiedBefore.insert(day)
                starts.append((day, Int64((start.timeIntervalSince1970 * 1000).rounded())))
                guard upper < afterNow else { break }
                following = nil
                from = upper
                continue
            }
            // The stored texts sort as the dates do, so the lesser text is the earlier bound.
            let bounded = min(upper, afterNow)
            var answers = 0
            if day >= detailFrom, let row = try Row.fetchOne(try detail(distinctCards: day == today), arguments: [lower, bounded]) {
                var figures = DayDetail()
                figures.answers = try row.decode(atIndex: 0)
                figures.again = try row.decode(atIndex: 1)
                figures.reviewAnswers = try row.decode(atIndex: 2)
                figures.passedReviews = try row.decode(atIndex: 3)
                figures.newCards = try row.decode(atIndex: 4)
                figures.milliseconds = try row.decode(atIndex: 5)
                figures.cards = try row.decode(atIndex: 6)
                answers = figures.answers
                if answers > 0 { days.details[day] = figures }
            } else {
                answers = try Int.fetchOne(count, arguments: [lower, bounded]) ?? 0
            }
            if answers > 0 {
                days.answers[day] = answers
                starts.append((day, Int64((start.timeIntervalSince1970 * 1000).rounded())))
            }
            guard upper < afterNow else { break }
            following = answers > 0 ? (day + 1, end, upper) : nil
            from = upper
        }
        return (days, starts)
    }

    /// The answers to the cards of these decks, one row each, placed in the days `countAll` found.
    private func countCards(ofDecks deckIDs: [Int64], starts: [(day: Int, start: Int64)]) throws -> ReviewDays {
        var tally = ReviewDays.Tally(countedFrom: countedFrom, detailFrom: detailFrom, today: today)
        // `+r.reviewed_at` keeps SQLite from walking the whole log by date: the deck's notes lead.
        let statement = try db.makeStatement(
            sql: """
                SELECT r.reviewed_at, r.card_id, r.rating, r.state_before, r.duration_ms
                FROM note n JOIN card c ON c.note_id = n.id JOIN review_log r ON r.card_id = c.id
                WHERE n.deck_id IN (\(deckIDs.map(String.init).joined(separator: ", "))) AND +r.reviewed_at < ?
                """)
        statement.arguments = [afterNow]
        let rows = try Row.fetchCursor(statement)
        let columns = StatementColumns(statement)
        while try rows.next() != nil {
            guard let milliseconds = columns.milliseconds(0) else { continue }
            // The last day starting at or before the answer.
            var low = 0
            var high = starts.count
            while low < high {
                let middle = (low + high) / 2
                if starts[middle].start <= milliseconds { low = middle + 1 } else { high = middle }
            }
            let day = low > 0 ? starts[low - 1].day : rule.day(of: Date(timeIntervalSince1970: Double(milliseconds) / 1000))
            guard let rating = Rating(rawValue: columns.int(2)), let state = CardState.Kind(rawValue: columns.int(3)) else {
                throw StoreError.inconsistentCard(columns.int64(1), reason: "an answer has rating \(columns.int(2)) and state \(columns.int(3))")
            }
            tally.add(day: day, cardID: columns.int64(1), rating: rating, stateBefore: state, milliseconds: columns.int(4))
        }
        return tally.days
    }
}
