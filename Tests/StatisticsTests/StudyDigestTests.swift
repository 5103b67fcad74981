import Foundation
import Lexicon
import Scheduler
import Store
import Testing
import TifaTestSupport

@testable import Statistics

/// `tifa stats` reads a digest in which the review log is counted by day from `answer_hour` (its figures by deck
/// and hour, kept by triggers), and from the log itself where a day boundary cuts an hour; the same digest made
/// from the whole history in memory, answer by answer, is the reference it must equal.
@Suite("The store's digest and the history's")
struct StudyDigestTests {
    @Test("the hand-checked history, all decks and its deck")
    func handChecked() throws {
        let folder = try TemporaryFolder()
        let store = try HandCheckedHistory.make(in: folder)
        for deck in [nil, HandCheckedHistory.deck] {
            try expectSameDigests(store, deck: deck, now: HandCheckedHistory.now, timeZone: shanghai)
        }
    }

    /// Three decks of unequal size answered over 400 days in New York (two clock changes a year), read at a
    /// moment with answers after it (the calendar's year leaves out the first ten days, whose answers are only
    /// found), and at one 200 days after the last answer (most days before the year counted): the biggest
    /// deck's days are counted as all less the others', the smaller ones' from their own answers.
    @Test(
        "three decks over a year of clock changes, from a moment before the last answers and one long after",
        arguments: [
            "America/New_York", "Australia/Lord_Howe", "Asia/Shanghai",
        ], [380, 600])
    func threeDecks(zone: String, daysLater: Double) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let timeZone = try #require(TimeZone(identifier: zone))
        let start = beijing("2024-01-01 09:00")
        _ = try store.importScheduledNotes(Self.notes(start: start), now: start)
        let now = start.addingTimeInterval(daysLater * 86_400 + 3_600)
        for deck in [nil, "大", "中", "小"] {
            let digest = try expectSameDigests(store, deck: deck, now: now, timeZone: timeZone)
            // Every deck has answers from the first day on, before the counted year.
            #expect(!digest.reviews.studiedBefore.isEmpty, "\(deck ?? "all decks")")
        }
    }

    /// A bigger deck counted as all decks less a smaller one, on days before the counted year that the smaller
    /// deck has answers on: day 0 the bigger deck has answers too (kept), day 1 only the smaller one (left out).
    @Test("a deck counted as all less the others keeps an earlier day only when it has answers that day")
    func earlierDaysOfTheBiggerDeck() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let start = beijing("2024-01-01 09:00")
        let later = start.addingTimeInterval(400 * 86_400)
        var imports: [ScheduledNoteImport] = []
        for index in 0..<3 {
            imports.append(Self.note("大\(index)", deck: "大", answeredAt: [start, later]))
        }
        imports.append(Self.note("小", deck: "小", answeredAt: [start.addingTimeInterval(60), start.addingTimeInterval(86_400), later]))
        _ = try store.importScheduledNotes(imports, now: start)
        let now = later.addingTimeInterval(3_600)
        let digest = try expectSameDigests(store, deck: "大", now: now, timeZone: shanghai)
        let rule = StudyCalendar(for: digest.decks, timeZone: shanghai)
        #expect(digest.reviews.studiedBefore == [rule.day(of: start)])
        try expectSameDigests(store, deck: "小", now: now, timeZone: shanghai)
        try expectSameDigests(store, deck: nil, now: now, timeZone: shanghai)
    }

    /// The store counts days from `answer_hour`, which triggers keep: after an answer, its undoing, a second
    /// import and a deck's deletion the digest is still the history's, in zones whose days start on the half
    /// hour (where the log itself is read for the part of an hour a day boundary cuts) and on the hour.
    @Test(
        "the digest follows answers recorded and undone, an import and a deleted deck",
        arguments: ["Australia/Lord_Howe", "Asia/Kolkata", "America/New_York"])
    func followsChanges(zone: String) throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let timeZone = try #require(TimeZone(identifier: zone))
        let start = beijing("2024-01-01 09:00")
        _ = try store.importScheduledNotes(Self.notes(start: start), now: start)
        let now = start.addingTimeInterval(380 * 86_400 + 1_800)
        func expectAllSame() throws {
            for deck in try [nil] + store.decks().map(\.name) { try expectSameDigests(store, deck: deck, now: now, timeZone: timeZone) }
        }
        try expectAllSame()
        let card = try #require(try store.studyHistory(inDeckNamed: "中").cards.first { $0.card.state != .new }?.card)
        let answer = try store.recordAnswer(
            cardID: try #require(card.id), rating: .again, state: card.state, due: now, lastReview: now.addingTimeInterval(-60),
            reps: card.reps + 1, lapses: card.lapses + 1, durationMilliseconds: 9_000, now: now.addingTimeInterval(-60))
        try expectAllSame()
        #expect(try store.undoAnswer(logID: try #require(answer.id), inDeckNamed: "中") != nil)
        try expectAllSame()
        _ = try store.importScheduledNotes(
            [Self.note("新", deck: "中", answeredAt: [start.addingTimeInterval(1_800), now.addingTimeInterval(-7_200)])], now: now)
        try expectAllSame()
        #expect(try store.deleteDeck(named: "小", evenIfItHasCards: true) > 0)
        try expectAllSame()
    }

    /// A note of one card answered Good at each of `moments`, as FSRS-6 schedules it.
    static func note(_ term: String, deck: String, answeredAt moments: [Date]) -> ScheduledNoteImport {
        let scheduler = Scheduler(parameters: .default)
        var card = ScheduledCard(id: 1, due: Timestamp(moments[0]))
        var reviews: [ImportedReview] = []
        for moment in moments.map({ Timestamp($0) }) {
            let outcome = scheduler.review(card, rating: .good, now: moment)
            reviews.append(
                ImportedReview(
                    reviewedAt: moment.date, rating: .good, durationMilliseconds: 5_000, stateBefore: card.state.kind,
                    memoryBefore: card.state.memory, dueBefore: card.due.date, lastReviewBefore: card.lastReview?.date,
                    repsBefore: card.reviewCount, lapsesBefore: 0, stateAfter: outcome.card.state.kind,
                    memoryAfter: outcome.card.state.memory, dueAfter: outcome.card.due.date, ankiEase: nil))
            card = outcome.card
        }
        let cardImport = ScheduledCardImport(
            type: .recognition, state: card.state, due: card.due.date, lastReview: card.lastReview?.date,
            reps: card.reviewCount, lapses: 0, suspended: false, buriedUntil: nil, reviews: reviews)
        return ScheduledNoteImport(note: NoteDraft(line: 1, term: term), deckName: deck, cards: [cardImport])
    }

    @discardableResult
    private func expectSameDigests(
        _ store: DeckStore, deck: String?, now: Date, timeZone: TimeZone,
        sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> StudyDigest {
        let stored = try store.studyDigest(
            inDeckNamed: deck, through: now, countedDays: ReviewCalendar.countedDays, detailDays: Retention.defaultDays,
            hardest: HardCard.defaultLimit
        ) { StudyCalendar(for: $0, timeZone: timeZone) }
        let history = try store.studyHistory(inDeckNamed: deck)
        let rule = StudyCalendar(for: history.decks, timeZone: timeZone)
        let inMemory = StudyDigest(
            history, through: now, rule: rule, countedDays: ReviewCalendar.countedDays,
            detailDays: Retention.defaultDays, hardest: HardCard.defaultLimit)
        #expect(stored.reviews.answers.count > 0, sourceLocation: sourceLocation)
        #expect(stored == inMemory, "\(deck ?? "all decks")", sourceLocation: sourceLocation)
        let statistics = StudyStatistics(stored, deck: deck, now: now, timeZone: timeZone)
        #expect(statistics == StudyStatistics(history, deck: deck, now: now, timeZone: timeZone), sourceLocation: sourceLocation)

        // Every day counted, as before days were only found: the same days, total and figures.
        let everyDay = StudyDigest(
            history, through: now, rule: rule, countedDays: 100_000, detailDays: Retention.defaultDays,
            hardest: HardCard.defaultLimit)
        #expect(everyDay.reviews.studiedBefore.isEmpty, sourceLocation: sourceLocation)
        #expect(stored.reviews.studiedDays == Set(everyDay.reviews.answers.keys), sourceLocation: sourceLocation)
        #expect(stored.reviews.total == everyDay.reviews.answers.values.reduce(0, +), sourceLocation: sourceLocation)
        #expect(
            StudyStatistics(everyDay, deck: deck, now: now, timeZone: timeZone) == statistics,
            sourceLocation: sourceLocation)
        return stored
    }

    /// 40, 12 and 4 notes, two cards each, answered from their first day on as FSRS-6 schedules them, at hours
    /// spread over the day (so some fall before the day-start hour).
    static func notes(start: Date) throws -> [ScheduledNoteImport] {
        let scheduler = Scheduler(parameters: .default)
        var random = SplitMix64(seed: 17)
        var imports: [ScheduledNoteImport] = []
        for (deck, count) in [("大", 40), ("中", 12), ("小", 4)] {
            for index in 0..<count {
                let introduced = start.addingTimeInterval(Double(index * 9) * 86_400 + Double(random.next() % 86_400))
                let cards = [CardType.recognition, .production].map { type in
                    var card = ScheduledCard(id: UInt64(imports.count * 2 + 1), due: Timestamp(introduced))
                    var lapses = 0
                    var reviews: [ImportedReview] = []
                    var moment = Timestamp(introduced)
                    while moment < Timestamp(start.addingTimeInterval(400 * 86_400)) {
                        let rating = Rating(rawValue: 1 + Int(random.next() % 4)) ?? .good
                        let outcome = scheduler.review(card, rating: rating, now: moment)
                        reviews.append(
                            ImportedReview(
                                reviewedAt: moment.date, rating: rating,
                                durationMilliseconds: Int(random.next() % 20_000), stateBefore: card.state.kind,
                                memoryBefore: card.state.memory, dueBefore: card.due.date,
                                lastReviewBefore: card.lastReview?.date, repsBefore: card.reviewCount,
                                lapsesBefore: lapses, stateAfter: outcome.card.state.kind,
                                memoryAfter: outcome.card.state.memory, dueAfter: outcome.card.due.date, ankiEase: nil))
                        if card.state.kind == .review && rating == .again { lapses += 1 }
                        card = outcome.card
                        moment = card.due.advanced(by: .seconds(Int64(random.next() % 30_000)))
                    }
                    return ScheduledCardImport(
                        type: type, state: card.state, due: card.due.date, lastReview: card.lastReview?.date,
                        reps: card.reviewCount, lapses: lapses, suspended: index % 7 == 3, buriedUntil: nil,
                        reviews: reviews)
                }
                let kind: NoteKind = index % 3 == 0 ? .idiom : .term
                imports.append(
                    ScheduledNoteImport(
                        note: NoteDraft(line: index + 1, term: "\(deck)\(index)", kind: kind),
                        deckName: deck, cards: cards))
            }
        }
        return imports
    }
}
