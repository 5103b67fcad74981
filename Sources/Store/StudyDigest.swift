import Foundation
import Lexicon

/// What the statistics are computed from, read at one moment: the decks, every card with its deck, how many
/// notes there are of each kind, the cards with most lapses, and the review log counted by study day (a million
/// answers come down to a few hundred days). `DeckStore.studyDigest` reads it from the database with the counting
/// done by SQLite; `init(_:through:rule:countedDays:detailDays:hardest:)` makes the same from a history in memory.
public struct StudyDigest: Equatable, Sendable {
    /// The deck asked for, or every deck, by name.
    public var decks: [Deck]
    /// The decks' cards, in note order.
    public var cards: [Card]
    /// The deck of each card of `cards`, at the same index.
    public var cardDeckIDs: [Int64]
    /// Notes with cards, by kind.
    public var notesByKind: [NoteKind: Int]
    /// The studied cards with the most lapses, ties broken by the highest FSRS difficulty, then by card id.
    public var hardest: [CardListing]
    public var reviews: ReviewDays

    public init(
        decks: [Deck], cards: [Card], cardDeckIDs: [Int64], notesByKind: [NoteKind: Int],
        hardest: [CardListing], reviews: ReviewDays
    ) {
        self.decks = decks
        self.cards = cards
        self.cardDeckIDs = cardDeckIDs
        self.notesByKind = notesByKind
        self.hardest = hardest
        self.reviews = reviews
    }
}

extension StudyDigest {
    /// The digest of a history in memory, counting the answers up to `now`: the same as the store's of the same
    /// rows (`StudyDigestTests` holds them to it).
    public init(
        _ history: StudyHistory, through now: Date, rule: some StudyDayRule, countedDays: Int, detailDays: Int,
        hardest: Int
    ) {
        let today = rule.day(of: now)
        var tally = ReviewDays.Tally(
            countedFrom: today - (countedDays - 1), detailFrom: today - (detailDays - 1), today: today)
        for review in history.reviews where review.reviewedAt <= now {
            tally.add(
                day: rule.day(of: review.reviewedAt), cardID: review.cardID, rating: review.rating,
                stateBefore: review.stateBefore, milliseconds: review.durationMilliseconds)
        }
        var kinds: [Int64: NoteKind] = [:]
        for listing in history.cards { kinds[listing.card.noteID] = listing.note.kind }
        let hardestIDs = Self.hardest(history.cards.map(\.card), limit: hardest).map(\.id)
        let hardestCards = hardestIDs.compactMap { id in history.cards.first { $0.card.id == id } }
        self.init(
            decks: history.decks, cards: history.cards.map(\.card), cardDeckIDs: history.cards.map(\.note.deckID),
            notesByKind: Dictionary(grouping: kinds.values, by: { $0 }).mapValues(\.count),
            hardest: hardestCards, reviews: tally.days)
    }
}

extension StudyDigest {
    /// The `limit` studied cards with the most lapses, ties broken by the highest FSRS difficulty, then by card
    /// id, hardest first: one pass keeping the hardest so far, not a sort of every card.
    static func hardest(_ cards: [Card], limit: Int) -> [Card] {
        func harder(_ a: Card, than b: Card) -> Bool {
            let left = (a.lapses, a.state.memory?.difficulty ?? 0)
            let right = (b.lapses, b.state.memory?.difficulty ?? 0)
            if left != right { return left > right }
            return (a.id ?? 0) < (b.id ?? 0)
        }
        var top: [Card] = []
        guard limit > 0 else { return top }
        for card in cards where card.state != .new {
            if top.count == limit, let last = top.last, !harder(card, than: last) { continue }
            top.insert(card, at: top.firstIndex { harder(card, than: $0) } ?? top.count)
            if top.count > limit { top.removeLast() }
        }
        return top
    }
}
