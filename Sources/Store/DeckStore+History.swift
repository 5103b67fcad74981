import Foundation
import GRDB

// The history the statistics are computed from, in one read so that cards and log agree.
extension DeckStore {
    /// One deck's decks, cards and review log (or every deck's, when `deckName` is nil), read in one
    /// transaction: an answer recorded meanwhile by another process is either wholly in it or wholly not.
    public func studyHistory(inDeckNamed deckName: String?) throws -> StudyHistory {
        try read { db in
            var decks = Deck.order(Deck.Columns.name)
            var notes = Card.note
            var logs = ReviewLog.all()
            if let deckName {
                let deck = try Self.fetchDeck(db, named: deckName)
                decks = decks.filter(Deck.Columns.id == deck.id)
                notes = notes.filter(Note.Columns.deckID == deck.id)
                logs = logs.joining(
                    required: ReviewLog.card.joining(
                        required: Card.note
                            .filter(Note.Columns.deckID == deck.id)))
            }
            return StudyHistory(
                decks: try decks.fetchAll(db),
                cards: try Card.including(required: notes).order(Card.Columns.noteID, Card.Columns.id)
                    .asRequest(of: CardListing.self).fetchAll(db),
                reviews: try logs.order(ReviewLog.Columns.reviewedAt, ReviewLog.Columns.id).fetchAll(db))
        }
    }
}
