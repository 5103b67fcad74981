import Foundation
import GRDB

// What is due: deck counts for `tifa decks`, cards for the review session.
extension DeckStore {
    /// Every deck, by name, with its counts for the study day that contains `now` (in `timeZone`, at each
    /// deck's own day-start hour).
    public func deckSummaries(now: Date, timeZone: TimeZone) throws -> [DeckSummary] {
        try read { db in
            try Deck.order(Deck.Columns.name).fetchAll(db).map { deck in
                DeckSummary(deck: deck, counts: try Self.dueCards(db, deck: deck, now: now, timeZone: timeZone).counts)
            }
        }
    }

    /// The cards of a deck to study in the study day that contains `now`; `cardTypes` keeps only cards of those
    /// types (of the deck's), so that a note's first new card of those types is offered (a session of
    /// production cards gets new production cards, not none because the recognition card comes first).
    public func dueCards(inDeckNamed deckName: String, now: Date, timeZone: TimeZone,
                         cardTypes: [CardType]? = nil) throws -> DueCards {
        try read { db in
            try Self.dueCards(db, deck: Self.fetchDeck(db, named: deckName), now: now, timeZone: timeZone,
                              cardTypes: cardTypes)
        }
    }

    // MARK: - Inside a transaction

    static func dueCards(_ db: Database, deck: Deck, now: Date, timeZone: TimeZone,
                         cardTypes: [CardType]? = nil) throws -> DueCards {
        let day = StudyDay(containing: now, dayStartHour: deck.dayStartHour, timeZone: timeZone)
        let types = cardTypes.map { wanted in deck.cardTypes.filter(wanted.contains) } ?? deck.cardTypes
        let inDeck = Card.note.filter(Note.Columns.deckID == deck.id)
        let studiable = Card.including(required: inDeck)
            .filter(Card.Columns.suspended == false)
            .filter(Card.Columns.buriedUntil == nil || Card.Columns.buriedUntil <= now)
            .filter(types.contains(Card.Columns.type))

        let learning = try studiable
            .filter([Card.State.learning, .relearning].contains(Card.Columns.state) && Card.Columns.due < day.end)
            .order(Card.Columns.due, Card.Columns.id)
            .asRequest(of: CardListing.self).fetchAll(db)

        let answeredCard = TableAlias<Card>()
        let todaysLogs = ReviewLog.joining(required: ReviewLog.card.aliased(answeredCard).joining(required: inDeck))
            .filter(ReviewLog.Columns.reviewedAt >= day.start && ReviewLog.Columns.reviewedAt < day.end)
        let reviewsDone = try todaysLogs.filter(ReviewLog.Columns.stateBefore == Card.State.review).fetchCount(db)
        let review = try studiable
            .filter(Card.Columns.state == Card.State.review && Card.Columns.due < day.end)
            .order(Card.Columns.due, Card.Columns.id)
            .limit(max(0, deck.maximumReviewsPerDay - reviewsDone))
            .asRequest(of: CardListing.self).fetchAll(db)

        let newIntroduced = try todaysLogs.filter(ReviewLog.Columns.stateBefore == Card.State.new)
            .select(ReviewLog.Columns.cardID).distinct().fetchCount(db)
        let notesStudiedToday = try todaysLogs.select(answeredCard[Card.Columns.noteID], as: Int64.self)
            .fetchSet(db)
        let typeRank = Dictionary(uniqueKeysWithValues: types.enumerated().map { ($1, $0) })
        var seenNotes = notesStudiedToday
        var new: [CardListing] = []
        let newLimit = max(0, deck.newCardsPerDay - newIntroduced)
        if newLimit > 0 {
            let candidates = try studiable.filter(Card.Columns.state == Card.State.new)
                .order(Card.Columns.noteID, Card.Columns.id)
                .asRequest(of: CardListing.self).fetchAll(db)
                .sorted { ($0.card.noteID, typeRank[$0.card.type] ?? 0) < ($1.card.noteID, typeRank[$1.card.type] ?? 0) }
            for candidate in candidates where new.count < newLimit {
                if seenNotes.insert(candidate.card.noteID).inserted { new.append(candidate) }
            }
        }
        let total = try Card.joining(required: inDeck).fetchCount(db)
        return DueCards(deck: deck, day: day, learning: learning, review: review, new: new, total: total)
    }
}
