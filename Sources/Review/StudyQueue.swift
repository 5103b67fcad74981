import Foundation
import Scheduler
import Store

/// Today's cards in the order a session shows them, built the way Anki's scheduler builds its queue:
///
/// 1. (re)learning cards whose step is due, earliest first;
/// 2. then review cards, lowest retrievability (most overdue) first, interleaved evenly with new cards;
/// 3. then, with nothing else left, learning cards due within the learn-ahead limit.
///
/// One card per note: a note with a card in learning shows no other card today, and of a note's other due
/// cards only the first is queued; the rest are held back, to be buried until tomorrow once their sibling is
/// answered. A card answered into a learning step that falls before the day's end comes back in this session.
/// A value: the session keeps copies of it to undo.
public struct StudyQueue: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        case new, learning, review
    }

    /// One queued card.
    public struct Entry: Equatable, Sendable {
        public var cardID: Int64
        public var noteID: Int64
        public var kind: Kind
        public var due: Date
    }

    /// Learning and relearning cards, by due time.
    public private(set) var learning: [Entry]
    /// Review and new cards, interleaved, in the order they are shown.
    public private(set) var main: [Entry]
    /// Due cards not queued because a sibling is, by note id.
    public private(set) var heldBack: [Int64: [Int64]]

    /// - Parameters:
    ///   - learning, review, new: what the store says is due today (`DueCards`).
    ///   - limits: the card types of the session's mode and its caps on review and new cards.
    ///   - otherTypes: cards due today of the types the session leaves out, held back like siblings.
    ///   - retrievability: the probability of recall of a review card now; nil for a card without memory.
    public init(
        learning: [CardListing], review: [CardListing], new: [CardListing],
        limits: QueueLimits = QueueLimits(), otherTypes: [CardListing] = [],
        retrievability: (CardListing) -> Double?
    ) {
        let allowed = { (listing: CardListing) in limits.cardTypes?.contains(listing.card.type) ?? true }
        let learningCards = learning.filter(allowed)
        var notes = Set(learningCards.map(\.card.noteID))

        func choose(_ cards: [CardListing], upTo limit: Int?) -> [CardListing] {
            var chosen: [CardListing] = []
            for card in cards where allowed(card) && chosen.count < (limit ?? .max) {
                if notes.insert(card.card.noteID).inserted { chosen.append(card) }
            }
            return chosen
        }
        let ranked = review.map { (listing: $0, recall: retrievability($0) ?? 0) }
            .sorted {
                ($0.recall, $0.listing.card.due, $0.listing.card.id ?? 0)
                    < ($1.recall, $1.listing.card.due, $1.listing.card.id ?? 0)
            }
            .map(\.listing)
        let reviews = choose(ranked, upTo: limits.reviews)
        let newCards = choose(new, upTo: limits.newCards)

        self.learning = learningCards.map { Entry($0, kind: .learning) }.sorted(by: Self.byDue)
        main = Self.interleave(reviews.map { Entry($0, kind: .review) }, newCards.map { Entry($0, kind: .new) })
        let queued = Set((learningCards + reviews + newCards).compactMap(\.card.id))
        heldBack = [:]
        for card in review + new + otherTypes
        where !queued.contains(card.card.id ?? 0) && notes.contains(card.card.noteID) {
            let id = card.card.id ?? 0
            if !(heldBack[card.card.noteID]?.contains(id) ?? false) { heldBack[card.card.noteID, default: []].append(id) }
        }
    }

    /// The card to show at `now`, or nil when the session is over (learning cards may still be due later today).
    public func next(at now: Date, learnAhead: TimeInterval) -> Entry? {
        if let first = learning.first, first.due <= now { return first }
        if let first = main.first { return first }
        if let first = learning.first, first.due <= now.addingTimeInterval(learnAhead) { return first }
        return nil
    }

    /// The queued entry of a card.
    public func entry(cardID: Int64) -> Entry? {
        learning.first { $0.cardID == cardID } ?? main.first { $0.cardID == cardID }
    }

    /// Takes a card out of the queue (answered, buried, suspended, or gone from the deck).
    public mutating func remove(cardID: Int64) {
        learning.removeAll { $0.cardID == cardID }
        main.removeAll { $0.cardID == cardID }
    }

    /// Takes an answered card out of the queue, and puts it back among the learning cards when its next step
    /// falls before `dayEnd`.
    public mutating func answered(_ entry: Entry, state: CardState.Kind, due: Date, dayEnd: Date) {
        remove(cardID: entry.cardID)
        guard state == .learning || state == .relearning, due < dayEnd else { return }
        let returning = Entry(cardID: entry.cardID, noteID: entry.noteID, kind: .learning, due: due)
        let index = learning.firstIndex { Self.byDue(returning, $0) } ?? learning.endIndex
        learning.insert(returning, at: index)
    }

    /// The cards held back for a note whose card was just answered, to be buried now; they are held back no more.
    public mutating func takeHeldBack(noteID: Int64) -> [Int64] {
        heldBack.removeValue(forKey: noteID) ?? []
    }

    /// Cards left: new, learning (due now or later today) and review.
    public var counts: QueueCounts {
        QueueCounts(
            new: main.count { $0.kind == .new }, learning: learning.count,
            review: main.count { $0.kind == .review })
    }

    /// When the next learning card is due, if any is left.
    public var nextLearningDue: Date? { learning.first?.due }

    public var isEmpty: Bool { learning.isEmpty && main.isEmpty }

    // MARK: - Building

    private static func byDue(_ lhs: Entry, _ rhs: Entry) -> Bool { (lhs.due, lhs.cardID) < (rhs.due, rhs.cardID) }

    /// New cards spread evenly among the reviews: with 6 reviews and 2 new, a new card after every third review.
    private static func interleave(_ reviews: [Entry], _ new: [Entry]) -> [Entry] {
        let placed =
            reviews.enumerated().map { (position: Double($0.offset + 1) / Double(reviews.count + 1), rank: 0, entry: $0.element) }
            + new.enumerated().map { (position: Double($0.offset + 1) / Double(new.count + 1), rank: 1, entry: $0.element) }
        return placed.sorted { ($0.position, $0.rank) < ($1.position, $1.rank) }.map(\.entry)
    }
}

extension StudyQueue.Entry {
    init(_ listing: CardListing, kind: StudyQueue.Kind) {
        self.init(cardID: listing.card.id ?? 0, noteID: listing.card.noteID, kind: kind, due: listing.card.due)
    }
}

/// What a session studies of what is due: some card types only, and at most so many review and new cards.
public struct QueueLimits: Equatable, Sendable {
    /// Nil: every type the deck studies.
    public var cardTypes: Set<CardType>?
    public var reviews: Int?
    public var newCards: Int?

    public init(cardTypes: Set<CardType>? = nil, reviews: Int? = nil, newCards: Int? = nil) {
        self.cardTypes = cardTypes
        self.reviews = reviews
        self.newCards = newCards
    }
}

/// Cards left in a session, as the progress line shows them.
public struct QueueCounts: Equatable, Sendable {
    public var new: Int
    public var learning: Int
    public var review: Int

    public init(new: Int, learning: Int, review: Int) {
        self.new = new
        self.learning = learning
        self.review = review
    }
}
