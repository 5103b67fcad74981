import Foundation
import Lexicon
import Scheduler
import Store
import TifaTestSupport

/// A small deck whose every figure was worked out by hand (see `FigureTests`). Deck 外交, one recognition card
/// per note, Beijing time (UTC+8, no daylight saving), study days from 04:00; "now" is Saturday 1 March 2025,
/// 10:00. Notes are added on 1 February 2024; cards are answered at the times below with schedules written by hand
/// (not by FSRS), so that intervals, due days and stabilities are round numbers.
///
/// | card | term          | kind         | answers (Beijing time)                                            | final state                       |
/// |------|---------------|--------------|-------------------------------------------------------------------|-----------------------------------|
/// | 1    | 同舟共济       | idiom        | 02-20 09:00 Good, 09:10 Good; 02-24 09:00 Again, 09:10 Good;        | relearning, due 03-01 10:10,      |
/// |      |               |              | 02-27 09:00 Again, 09:10 Good; 03-01 09:00 Again                   | S 1.2, D 8.5, 3 lapses            |
/// | 2    | 行百里者半九十  | saying       | 02-15 09:00 Easy; 02-22 09:00 Again, 09:10 Good; 02-27 09:00 Good  | review 5 d (02-27 → 03-04), S 2, D 6, 1 lapse |
/// | 3    | 人类命运共同体  | formulation  | 2024-02-20 09:00 Good; 01-20 09:00 Good; 02-10 09:00 Good          | review 23 d (02-10 → 03-05), S 19, D 4 |
/// | 4    | 两个一百年      | formulation  | 02-01 09:00 Good; 02-08 09:00 Hard                                 | review 20 d (02-08 → 02-28, overdue), S 21, D 5 |
/// | 5    | 上海精神        | term         | 03-01 09:20 Good                                                   | learning, due 03-01 09:30, S 2.3, D 5.5 |
/// | 6    | 外交部          | organisation | 2024-12-01 09:00 Good; 01-30 09:00 Easy                            | review 60 d (01-30 → 03-31), S 30, D 3 |
/// | 7    | 国务委员        | title        | 01-10 09:00 Good; 02-01 09:00 Hard; then suspended                 | review, 4 lapses (imported), D 9  |
/// | 8    | 王毅            | name         | 02-28 21:00 Good; 03-01 01:30 Good (still the study day of 02-28)  | review 1 d (→ 03-02 01:30), S 1, D 5 |
/// | 9    | 共商共建共享    | formulation  | none                                                               | new                               |
/// | 10   | 尽锐出战        | idiom        | none                                                               | new                               |
///
/// Dates without a year are in 2025.
enum HandCheckedHistory {
    static let now = beijing("2025-03-01 10:00")
    static let deck = "外交"

    struct Answer {
        var card: Int
        var at: String
        var rating: Rating
        var milliseconds: Int
        var after: Store.Card
    }

    static let terms: [(String, NoteKind)] = [
        ("同舟共济", .idiom), ("行百里者半九十", .saying), ("人类命运共同体", .formulation), ("两个一百年", .formulation),
        ("上海精神", .term), ("外交部", .organisation), ("国务委员", .title), ("王毅", .name),
        ("共商共建共享", .formulation), ("尽锐出战", .idiom),
    ]

    /// Each card's answers in order; the last one's schedule is where the card stands now.
    static let answers: [Answer] = [
        Answer(
            card: 1, at: "2025-02-20 09:00", rating: .good, milliseconds: 8000,
            after: .learning(step: 1, stability: 2.3, difficulty: 5.5, due: "2025-02-20 09:10", last: "2025-02-20 09:00", reps: 1)),
        Answer(
            card: 1, at: "2025-02-20 09:10", rating: .good, milliseconds: 6000,
            after: .review(stability: 3, difficulty: 5.5, due: "2025-02-23 09:10", last: "2025-02-20 09:10", reps: 2)),
        Answer(
            card: 1, at: "2025-02-24 09:00", rating: .again, milliseconds: 12000,
            after: .relearning(stability: 1, difficulty: 7, due: "2025-02-24 09:10", last: "2025-02-24 09:00", reps: 3, lapses: 1)),
        Answer(
            card: 1, at: "2025-02-24 09:10", rating: .good, milliseconds: 5000,
            after: .review(stability: 1.5, difficulty: 7, due: "2025-02-26 09:10", last: "2025-02-24 09:10", reps: 4, lapses: 1)),
        Answer(
            card: 1, at: "2025-02-27 09:00", rating: .again, milliseconds: 10000,
            after: .relearning(stability: 0.8, difficulty: 8, due: "2025-02-27 09:10", last: "2025-02-27 09:00", reps: 5, lapses: 2)),
        Answer(
            card: 1, at: "2025-02-27 09:10", rating: .good, milliseconds: 4000,
            after: .review(stability: 1.5, difficulty: 8, due: "2025-02-28 09:10", last: "2025-02-27 09:10", reps: 6, lapses: 2)),
        Answer(
            card: 1, at: "2025-03-01 09:00", rating: .again, milliseconds: 15000,
            after: .relearning(stability: 1.2, difficulty: 8.5, due: "2025-03-01 10:10", last: "2025-03-01 09:00", reps: 7, lapses: 3)),

        Answer(
            card: 2, at: "2025-02-15 09:00", rating: .easy, milliseconds: 7000,
            after: .review(stability: 8, difficulty: 4, due: "2025-02-22 09:00", last: "2025-02-15 09:00", reps: 1)),
        Answer(
            card: 2, at: "2025-02-22 09:00", rating: .again, milliseconds: 9000,
            after: .relearning(stability: 1, difficulty: 6, due: "2025-02-22 09:10", last: "2025-02-22 09:00", reps: 2, lapses: 1)),
        Answer(
            card: 2, at: "2025-02-22 09:10", rating: .good, milliseconds: 3000,
            after: .review(stability: 1.5, difficulty: 6, due: "2025-02-27 09:00", last: "2025-02-22 09:10", reps: 3, lapses: 1)),
        Answer(
            card: 2, at: "2025-02-27 09:00", rating: .good, milliseconds: 4000,
            after: .review(stability: 2, difficulty: 6, due: "2025-03-04 09:00", last: "2025-02-27 09:00", reps: 4, lapses: 1)),

        Answer(
            card: 3, at: "2024-02-20 09:00", rating: .good, milliseconds: 5000,
            after: .learning(step: 1, stability: 2.3, difficulty: 5, due: "2024-02-20 09:10", last: "2024-02-20 09:00", reps: 1)),
        Answer(
            card: 3, at: "2025-01-20 09:00", rating: .good, milliseconds: 5000,
            after: .review(stability: 12, difficulty: 4, due: "2025-02-10 09:00", last: "2025-01-20 09:00", reps: 2)),
        Answer(
            card: 3, at: "2025-02-10 09:00", rating: .good, milliseconds: 3000,
            after: .review(stability: 19, difficulty: 4, due: "2025-03-05 09:00", last: "2025-02-10 09:00", reps: 3)),

        Answer(
            card: 4, at: "2025-02-01 09:00", rating: .good, milliseconds: 5000,
            after: .review(stability: 7, difficulty: 5, due: "2025-02-08 09:00", last: "2025-02-01 09:00", reps: 1)),
        Answer(
            card: 4, at: "2025-02-08 09:00", rating: .hard, milliseconds: 6000,
            after: .review(stability: 21, difficulty: 5, due: "2025-02-28 09:00", last: "2025-02-08 09:00", reps: 2)),

        Answer(
            card: 5, at: "2025-03-01 09:20", rating: .good, milliseconds: 20000,
            after: .learning(step: 1, stability: 2.3, difficulty: 5.5, due: "2025-03-01 09:30", last: "2025-03-01 09:20", reps: 1)),

        Answer(
            card: 6, at: "2024-12-01 09:00", rating: .good, milliseconds: 4000,
            after: .review(stability: 20, difficulty: 3, due: "2025-01-30 09:00", last: "2024-12-01 09:00", reps: 1)),
        Answer(
            card: 6, at: "2025-01-30 09:00", rating: .easy, milliseconds: 2000,
            after: .review(stability: 30, difficulty: 3, due: "2025-03-31 09:00", last: "2025-01-30 09:00", reps: 2)),

        Answer(
            card: 7, at: "2025-01-10 09:00", rating: .good, milliseconds: 6000,
            after: .review(stability: 3, difficulty: 9, due: "2025-02-01 09:00", last: "2025-01-10 09:00", reps: 9, lapses: 4)),
        Answer(
            card: 7, at: "2025-02-01 09:00", rating: .hard, milliseconds: 11000,
            after: .review(stability: 4, difficulty: 9, due: "2025-02-15 09:00", last: "2025-02-01 09:00", reps: 10, lapses: 4)),

        Answer(
            card: 8, at: "2025-02-28 21:00", rating: .good, milliseconds: 3000,
            after: .learning(step: 1, stability: 2.3, difficulty: 5, due: "2025-02-28 21:10", last: "2025-02-28 21:00", reps: 1)),
        Answer(
            card: 8, at: "2025-03-01 01:30", rating: .good, milliseconds: 2000,
            after: .review(stability: 1, difficulty: 5, due: "2025-03-02 01:30", last: "2025-03-01 01:30", reps: 2)),
    ]

    /// The deck in a new database in `folder`; returns the store.
    static func make(in folder: TemporaryFolder) throws -> DeckStore {
        let store = try folder.openStore()
        let added = beijing("2024-02-01 08:00")
        try store.createDeck(named: deck, now: added)
        try store.updateDeckSettings(named: deck, DeckSettingsChange(cardTypes: [.recognition]), now: added)
        try store.upsertNotes(
            terms.map { NoteDraft(term: $0.0, gloss: "gloss of \($0.0)", kind: $0.1) },
            toDeckNamed: deck, createDeckIfMissing: false, policy: .extraction, now: added)
        let cards = try store.cards(inDeckNamed: deck)
        for answer in answers {
            try store.recordAnswer(
                cardID: cards[answer.card - 1].card.id!, rating: answer.rating, state: answer.after.state,
                due: answer.after.due, lastReview: answer.after.lastReview, reps: answer.after.reps,
                lapses: answer.after.lapses,
                durationMilliseconds: answer.milliseconds, now: beijing(answer.at))
        }
        try store.setSuspended(true, [.id(cards[6].card.id!)])
        return store
    }
}
