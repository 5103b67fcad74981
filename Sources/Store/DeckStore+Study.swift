import Foundation
import GRDB
import Scheduler

// What is due: deck counts for `tifa decks`, cards for the review session.
extension DeckStore {
    /// Every deck, by name, with its counts for the study day that contains `now` (in `timeZone`, at each
    /// deck's own day-start hour).
    public func deckSummaries(now: Date, timeZone: TimeZone) throws -> [DeckSummary] {
        try read { db in
            try Deck.order(Deck.Columns.name).fetchAll(db).map { deck in
                let total = try Card.joining(required: Card.note.filter(Note.Columns.deckID == deck.id)).fetchCount(db)
                return DeckSummary(deck: deck, counts: try Self.dueCards(db, deck: deck, now: now, timeZone: timeZone).counts(total: total))
            }
        }
    }

    /// The cards of a deck to study in the study day that contains `now`; `cardTypes` keeps only cards of those
    /// types (of the deck's), so that a note's first new card of those types is offered (a session of
    /// production cards gets new production cards, not none because the recognition card comes first).
    public func dueCards(
        inDeckNamed deckName: String, now: Date, timeZone: TimeZone,
        cardTypes: [CardType]? = nil
    ) throws -> DueCards {
        try read { db in
            try Self.dueCards(
                db, deck: Self.fetchDeck(db, named: deckName), now: now, timeZone: timeZone,
                cardTypes: cardTypes)
        }
    }

    // MARK: - Inside a transaction

    static func dueCards(
        _ db: Database, deck: Deck, now: Date, timeZone: TimeZone,
        cardTypes: [CardType]? = nil
    ) throws -> DueCards {
        let day = StudyDay(containing: now, dayStartHour: deck.dayStartHour, timeZone: timeZone)
        var studied = deck
        if let cardTypes { studied.cardTypes = deck.cardTypes.filter(cardTypes.contains) }
        let queue = QueueQuery(db, deck: studied, now: now)
        let learning = try queue.cards(
            "card.state IN (\(CardState.Kind.learning.rawValue), \(CardState.Kind.relearning.rawValue)) AND card.due < ?",
            [day.end], index: "card_on_state_due", order: "card.due, card.id")

        let today = try TodaysAnswers(db, deck: deck, day: day)
        let reviewsDone = today.reviews
        let review = try queue.cards(
            "card.state = \(CardState.Kind.review.rawValue) AND card.due < ?", [day.end],
            index: "card_on_state_due", order: "card.due, card.id", limit: max(0, deck.maximumReviewsPerDay - reviewsDone))

        let newIntroduced = today.newCards
        let notesStudiedToday = today.notes
        let typeRank = Dictionary(uniqueKeysWithValues: studied.cardTypes.enumerated().map { ($1, $0) })
        var seenNotes = notesStudiedToday
        var new: [CardListing] = []
        let newLimit = max(0, deck.newCardsPerDay - newIntroduced)
        // New cards are read a page at a time in note order: a deck may hold tens of thousands, and the day
        // wants twenty. A page's last note may continue on the next page, so it is read again there.
        let pageSize = max(64, newLimit * 2 * max(studied.cardTypes.count, 1))
        var offset = 0
        while new.count < newLimit {
            let page = try queue.cards(
                "card.state = \(CardState.Kind.new.rawValue)", [], index: "card_on_state_note",
                order: "card.note_id, card.id", limit: pageSize, offset: offset)
            guard let lastNote = page.last?.card.noteID else { break }
            let isLastPage = page.count < pageSize
            let complete = isLastPage || page.first?.card.noteID == lastNote ? page : page.filter { $0.card.noteID != lastNote }
            offset += complete.count
            let byNote = complete.sorted {
                ($0.card.noteID, typeRank[$0.card.type] ?? 0) < ($1.card.noteID, typeRank[$1.card.type] ?? 0)
            }
            for candidate in byNote where new.count < newLimit {
                if seenNotes.insert(candidate.card.noteID).inserted { new.append(candidate) }
            }
            if isLastPage { break }
        }
        return DueCards(deck: deck, day: day, learning: learning, review: review, new: new)
    }
}
