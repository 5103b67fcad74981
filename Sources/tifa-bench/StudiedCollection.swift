import Foundation
import Scheduler
import Store

/// A collection as a learner leaves it after `days` days (about 18 months give a million answers): CC-CEDICT terms in a deck "big" (two cards a note), every
/// card answered as a seeded learner would since the day it was introduced, scheduled by FSRS-6's defaults, and a
/// second, small deck "other" studied the same way, so that `--deck big` has something to leave out. Written
/// through the store's import of scheduled notes (one transaction), as an Anki collection would come in.
enum StudiedCollection {
    struct Size {
        var notes: Int
        var otherNotes: Int
        var reviews: Int
    }

    /// Writes the collection into `database` and returns how much it holds. `now` ends the history.
    static func write(notes count: Int, otherNotes: Int, days: Int, terms: URL, database: URL, now: Date) throws -> Size {
        let lines = try String(contentsOf: terms, encoding: .utf8).split(separator: "\n")
        let scheduler = Scheduler(parameters: .default)
        var random = SplitMix64(seed: 1_000_017)
        let start = now.addingTimeInterval(-Double(days) * 86_400)
        var imports: [ScheduledNoteImport] = []
        var reviews = 0
        for index in 0..<(count + otherNotes) {
            let line = lines[index % lines.count].split(separator: "\t", maxSplits: 1)
            let inBig = index < count
            let term = String(line[0]) + (index < lines.count ? "" : "\(index)")
            // Notes are introduced evenly over the days, at a time of day of their own.
            let position = Double(inBig ? index : index - count) / Double(inBig ? count : otherNotes)
            let introduced = start.addingTimeInterval(
                (position * Double(days)).rounded(.down) * 86_400
                    + Double(28_800 + random.next() % 43_200))
            let cards = try [CardType.recognition, .production].enumerated().map { offset, type in
                let history = try answers(
                    card: UInt64(index * 2 + offset + 1), from: introduced, until: now,
                    scheduler: scheduler, random: &random)
                reviews += history.reviews.count
                return ScheduledCardImport(
                    type: type, state: history.card.state, due: history.card.due.date,
                    lastReview: history.card.lastReview?.date, reps: history.card.reviewCount, lapses: history.lapses,
                    suspended: index % 97 == 0, buriedUntil: nil, reviews: history.reviews)
            }
            let note = NoteDraft(line: index + 1, term: term, gloss: line.count > 1 ? String(line[1]) : "")
            imports.append(ScheduledNoteImport(note: note, deckName: inBig ? "big" : "other", cards: cards))
        }
        let store = try DeckStore(fileAt: database)
        _ = try store.importScheduledNotes(imports, now: now)
        return Size(notes: count, otherNotes: otherNotes, reviews: reviews)
    }

    /// One card's answers from `from` until `until`: a first answer drawn as fsrs-rs's simulator draws them, then
    /// Again about one time in ten, each review some hours after the card falls due.
    private static func answers(
        card id: UInt64, from: Date, until: Date, scheduler: Scheduler,
        random: inout SplitMix64
    ) throws -> (card: ScheduledCard, lapses: Int, reviews: [ImportedReview]) {
        var card = ScheduledCard(id: id, due: Timestamp(from))
        var lapses = 0
        var reviews: [ImportedReview] = []
        var now = Timestamp(from)
        let end = Timestamp(until)
        while now < end {
            let draw = random.nextUnitInterval()
            let rating: Rating =
                card.lastReview == nil
                ? [.again, .hard, .good, .easy][min(3, Int(draw * 4))]
                : draw < 0.1 ? .again : draw < 0.2 ? .hard : draw < 0.95 ? .good : .easy
            let outcome = scheduler.review(card, rating: rating, now: now)
            reviews.append(
                ImportedReview(
                    reviewedAt: now.date, rating: rating,
                    durationMilliseconds: 2_000 + Int(random.next() % 15_000), stateBefore: card.state.kind,
                    memoryBefore: card.state.memory, dueBefore: card.due.date, lastReviewBefore: card.lastReview?.date,
                    repsBefore: card.reviewCount, lapsesBefore: lapses, stateAfter: outcome.card.state.kind,
                    memoryAfter: outcome.card.state.memory, dueAfter: outcome.card.due.date, ankiEase: nil))
            if card.state.kind == .review && rating == .again { lapses += 1 }
            card = outcome.card
            let wait = card.due.duration(since: now)
            now = card.due
            if wait >= .seconds(86_400) { now = now.advanced(by: .seconds(Int64(random.next() % 21_600))) }
        }
        return (card, lapses, reviews)
    }
}
