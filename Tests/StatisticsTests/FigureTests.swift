import Foundation
import Store
import Testing
import TifaTestSupport

@testable import Statistics

/// The figures of `HandCheckedHistory`, each worked out by hand from the table in its comment.
@Suite("Figures from a hand-checked history")
struct FigureTests {
    let folder: TemporaryFolder
    let statistics: StudyStatistics

    init() throws {
        folder = try TemporaryFolder()
        let store = try HandCheckedHistory.make(in: folder)
        statistics = try StudyStatistics.read(
            store, deck: HandCheckedHistory.deck, now: HandCheckedHistory.now,
            timeZone: shanghai)
    }

    @Test("today is the study day of 1 March 2025, a Saturday")
    func today() {
        #expect(statistics.today == StudyDate(year: 2025, month: 3, day: 1))
        #expect(statistics.today.weekday == 6)
        #expect(statistics.dayStartHour == 4)
    }

    /// new: 9, 10. learning: 5 (learning) and 1 (relearning). young: 2 (5 days), 4 (20 days), 8 (1 day).
    /// mature: 3 (23 days), 6 (60 days). suspended: 7 (a review card, counted only as suspended).
    @Test("cards by stage: 2 new, 2 learning (1 relearning), 3 young, 2 mature, 1 suspended")
    func cardCounts() {
        #expect(statistics.cards == CardCounts(new: 2, learning: 2, relearning: 1, young: 3, mature: 2, suspended: 1))
        #expect(statistics.cards.total == 10)
    }

    @Test("notes by kind, in NoteKind's order: idioms 1 and 10, formulations 3, 4 and 9")
    func notesByKind() {
        #expect(statistics.notes == 10)
        #expect(
            statistics.notesByKind == [
                KindCount(kind: .idiom, notes: 2), KindCount(kind: .saying, notes: 1), KindCount(kind: .formulation, notes: 3),
                KindCount(kind: .term, notes: 1), KindCount(kind: .organisation, notes: 1), KindCount(kind: .title, notes: 1),
                KindCount(kind: .name, notes: 1),
            ])
    }

    /// Today (04:00 on 1 March to 04:00 on 2 March): card 1 Again at 09:00 (15 s) and card 5's first answer at
    /// 09:20 (20 s). Card 8's answer at 01:30 belongs to the study day of 28 February.
    @Test("today: 2 answers on 2 cards, 1 Again (50%), 1 new card, 35 s")
    func activity() {
        #expect(
            statistics.activity
                == DayActivity(
                    date: StudyDate(year: 2025, month: 3, day: 1), answers: 2, cards: 2,
                    again: 1, newCards: 1, milliseconds: 35_000))
        #expect(statistics.activity.againRate == 0.5)
    }

    /// Study days with answers: 2024-02-20, 2024-12-01, 01-10, 01-20, 01-30, 02-01, 02-08, 02-10, 02-15, 02-20,
    /// 02-22, 02-24, 02-27, 02-28 (card 8, both answers), 03-01. The only run longer than a day is 02-27…03-01.
    @Test("streak: 3 days in a row (27 February to today), longest 3; 23 answers in all")
    func streak() {
        #expect(statistics.streak == Streak(current: 3, longest: 3))
        #expect(statistics.totalAnswers == 23)
    }

    /// Due in the study days from today: card 4 (due 02-28, overdue), card 8 (due 03-02 01:30, before the next
    /// study day starts), card 5 (due 09:30 today) and card 1 (due 10:10) today; card 2 on 03-04 (day 3); card 3 on
    /// 03-05 (day 4); card 6 on 03-31, day 30, just past the 30 days. Daily load: 1/5 + 1/23 + 1/20 + 1/60 + 1/1
    /// over the review cards 2, 3, 4, 6 and 8 (7 is suspended) = 1.3101449…
    @Test("forecast: 4 today (1 overdue), 1 on day 3, 1 on day 4; 6 in 30 days, 0.2 a day; daily load 1.310")
    func forecast() {
        var expected = Array(repeating: 0, count: 30)
        expected[0] = 4
        expected[3] = 1
        expected[4] = 1
        let forecast = statistics.forecast
        #expect(forecast.due == expected)
        #expect(forecast.overdue == 1)
        #expect(forecast.total == 6)
        #expect(abs(forecast.averagePerDay - 0.2) < 1e-12)
        #expect(abs(forecast.dailyLoad - (1.0 / 5 + 1.0 / 23 + 1.0 / 20 + 1.0 / 60 + 1)) < 1e-12)
        #expect(abs(forecast.dailyLoad - 1.310144927536232) < 1e-12)
    }

    @Test("a 31-day forecast takes in card 6 on day 30")
    func longerForecast() throws {
        let statistics = try StudyStatistics.read(
            HandCheckedHistory.make(in: TemporaryFolder()), deck: nil,
            now: HandCheckedHistory.now, timeZone: shanghai, forecastDays: 31)
        #expect(statistics.forecast.due[30] == 1)
        #expect(statistics.forecast.total == 7)
    }

    /// 53 weeks ending with the week of Saturday 1 March: from Monday 2024-02-26 (364 days before Monday
    /// 2025-02-24) to 2025-03-01, 370 days. The answer of 2024-02-20 falls before it: 22 of the 23 answers, on 14
    /// days, the busiest 27 February with 3. Sorted, the 14 days' counts are seven 1s, six 2s and a 3; the
    /// nearest-rank quartiles are the 4th, 7th and 11th of them: 1, 1, 2. So 1 answer → shade 1, 2 → 3, 3 → 4.
    @Test("calendar: 370 days from Monday 2024-02-26, 22 answers on 14 days, busiest 3")
    func calendar() {
        let calendar = statistics.calendar
        #expect(calendar.from == StudyDate(year: 2024, month: 2, day: 26))
        #expect(calendar.from.weekday == 1)
        #expect(calendar.counts.count == 370)
        #expect(calendar.total == 22)
        #expect(calendar.activeDays == 14)
        #expect(calendar.busiest == 3)
        #expect(calendar.count(on: StudyDate(year: 2025, month: 2, day: 27)) == 3)
        #expect(calendar.count(on: StudyDate(year: 2025, month: 2, day: 28)) == 2)
        #expect(calendar.count(on: StudyDate(year: 2025, month: 3, day: 1)) == 2)
        #expect(calendar.count(on: StudyDate(year: 2024, month: 12, day: 1)) == 1)
        #expect(calendar.count(on: StudyDate(year: 2024, month: 2, day: 20)) == nil)
        #expect(calendar.quartiles == [1, 1, 2])
        #expect([0, 1, 2, 3].map(calendar.level) == [0, 1, 3, 4])
    }

    /// Answers to cards in review in the 30 study days 01-31…03-01: Again on 02-22 (card 2), 02-24, 02-27 and
    /// 03-01 (card 1); passed on 02-27 (card 2), 02-10 (card 3), 02-08 (card 4, Hard) and 02-01 (card 7, Hard).
    /// Card 6's Easy of 01-30 is a day too early; answers to learning and relearning cards do not count.
    @Test("true retention: 4 of 8 review answers in 30 days (50%), desired 90%")
    func trueRetention() {
        let retention = statistics.retention
        #expect(retention.reviewAnswers == 8)
        #expect(retention.passed == 4)
        #expect(retention.trueRetention == 0.5)
        #expect(retention.desired == 0.9)
    }

    /// The studied cards not suspended: 1, 5 and 8 were answered less than a day ago (0 whole days: R = 1); cards
    /// 2, 3, 4 and 6 were answered 2, 19, 21 and 30 whole days ago with exactly that stability, where FSRS's
    /// R = (1 + FACTOR·t/S)^DECAY is 0.9 by construction. Mean: (3 · 1 + 4 · 0.9) / 7 = 6.6 / 7 = 0.942857…
    @Test("average retrievability now: (3 × 1 + 4 × 0.9) / 7 = 0.9428571")
    func retrievability() throws {
        let retention = statistics.retention
        #expect(retention.cardsWithMemory == 7)
        let average = try #require(retention.averageRetrievability)
        #expect(abs(average - 6.6 / 7) < 1e-12)
    }

    /// By lapses, then difficulty: 7 (4 lapses), 1 (3), 2 (1), then no lapses: 5 (D 5.5), 4 and 8 (D 5, card id
    /// decides), 3, 6.
    @Test("hardest cards: 国务委员 (suspended), 同舟共济, 行百里者半九十, 上海精神, 两个一百年")
    func hardest() {
        #expect(statistics.hardest.map(\.term) == ["国务委员", "同舟共济", "行百里者半九十", "上海精神", "两个一百年"])
        #expect(statistics.hardest.map(\.lapses) == [4, 3, 1, 0, 0])
        #expect(statistics.hardest.map(\.difficulty) == [9, 8.5, 6, 5.5, 5])
        #expect(statistics.hardest.map(\.suspended) == [true, false, false, false, false])
    }

    @Test("JSON gives every figure, with dates as days")
    func json() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let object = try #require(try JSONSerialization.jsonObject(with: encoder.encode(statistics)) as? [String: Any])
        #expect(
            Set(object.keys) == [
                "deck", "today", "dayStartHour", "cards", "notes", "notesByKind", "activity", "streak",
                "totalAnswers", "forecast", "calendar", "retention", "hardest",
            ])
        #expect(object["today"] as? String == "2025-03-01")
        let forecast = try #require(object["forecast"] as? [String: Any])
        let due = try #require(forecast["due"] as? [[String: Any]])
        #expect(due.count == 30)
        #expect(due[3]["date"] as? String == "2025-03-04")
        #expect(due[3]["count"] as? Int == 1)
        let calendar = try #require(object["calendar"] as? [String: Any])
        #expect((calendar["days"] as? [Any])?.count == 14)
        let retention = try #require(object["retention"] as? [String: Any])
        #expect(retention["trueRetention"] as? Double == 0.5)
    }
}

@Suite("Figures of an empty deck")
struct EmptyDeckTests {
    @Test("zeros, and null in JSON where there is nothing to divide by")
    func emptyDeck() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        try store.createDeck(named: "空", now: HandCheckedHistory.now)
        let statistics = try StudyStatistics.read(store, deck: "空", now: HandCheckedHistory.now, timeZone: shanghai)
        #expect(statistics.cards == CardCounts())
        #expect(statistics.forecast.total == 0)
        #expect(statistics.calendar.total == 0)
        #expect(statistics.hardest.isEmpty)
        #expect(statistics.retention.desired == 0.9)
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(statistics)) as? [String: Any])
        let retention = try #require(object["retention"] as? [String: Any])
        #expect(retention["trueRetention"] is NSNull)
        #expect(retention["averageRetrievability"] is NSNull)
        let activity = try #require(object["activity"] as? [String: Any])
        #expect(activity["againRate"] is NSNull)
    }
}
