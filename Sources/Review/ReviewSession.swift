import Foundation
import Scheduler
import Store

/// One sitting of `tifa review` over one deck: today's queue, shown card by card on a console, every answer
/// saved the moment it is given (so quitting, Ctrl-C, a closed terminal or a kill lose nothing answered).
///
/// The clock is a parameter: each answer is recorded at `clock.now()`, and the study day is the one that
/// contains the session's start.
public final class ReviewSession {
    public let deck: Deck
    public let day: StudyDay
    public let settings: ReviewSettings
    public internal(set) var queue: StudyQueue

    let store: DeckStore
    let clock: any SessionClock
    let scheduler: Scheduler
    let started: Date
    var history: [UndoStep] = []
    var tally = SessionTally()

    public init(store: DeckStore, settings: ReviewSettings, clock: any SessionClock) throws {
        self.store = store
        self.settings = settings
        self.clock = clock
        started = clock.now()
        let types = settings.mode.cardType.map { [$0] }
        let due = try store.dueCards(
            inDeckNamed: settings.deckName, now: started, timeZone: settings.timeZone,
            cardTypes: types)
        // Cards of the other types are siblings too: answering a card buries them until tomorrow.
        let others =
            types == nil
            ? nil
            : try store.dueCards(inDeckNamed: settings.deckName, now: started, timeZone: settings.timeZone)
        deck = due.deck
        day = due.day
        if let type = settings.mode.cardType, !deck.cardTypes.contains(type) {
            throw ReviewError.modeNotInDeck(
                mode: settings.mode.rawValue, cardType: type.rawValue, deck: deck.name,
                withIt: (deck.cardTypes + [type]).map(\.rawValue))
        }
        let scheduler = Scheduler(parameters: try deck.schedulerParameters())
        self.scheduler = scheduler
        let now = started
        queue = StudyQueue(
            learning: due.learning, review: due.review, new: due.new, limits: settings.limits,
            otherTypes: others.map { $0.review + $0.new } ?? []
        ) { listing in
            scheduler.retrievability(of: listing.card.schedulerCard, at: Timestamp(now))
        }
    }

    /// Whether there is a card to show now.
    public var hasCardToShow: Bool { queue.next(at: clock.now(), learnAhead: settings.learnAhead) != nil }

    /// Shows cards until the queue is done or the learner quits; returns what was done.
    public func run(on console: any Console) throws -> SessionSummary {
        var message: String?
        var shownNext: Int64?  // the card an undo brought back
        while true {
            let now = clock.now()
            guard
                let entry = shownNext.flatMap({ queue.entry(cardID: $0) })
                    ?? queue.next(at: now, learnAhead: settings.learnAhead)
            else { break }
            shownNext = nil
            guard let listing = try studiable(entry, at: now) else {
                queue.remove(cardID: entry.cardID)
                continue
            }
            let turn = try present(listing, on: console, message: message)
            message = nil
            switch turn {
            case let .rated(rating, shownAt):
                try answer(listing, entry, rating, shownAt: shownAt)
            case .undo:
                shownNext = entry.cardID
                do {
                    if let undone = try undo() {
                        message = undone.message
                        shownNext = undone.cardID
                    } else {
                        message = "Nothing to undo in this session."
                    }
                } catch let error as ReviewError {
                    message = error.errorDescription
                }
            case .bury:
                try bury(listing, entry)
                message = "Buried \(listing.note.term) until tomorrow (u brings it back)."
            case .suspend:
                try suspend(listing, entry)
                message = "Suspended \(listing.note.term) (u, or tifa cards unsuspend \(listing.card.id ?? 0), brings it back)."
            case .quit:
                return try summary()
            }
        }
        return try summary()
    }

    /// What the session did so far, with what is due tomorrow.
    public func summary() throws -> SessionSummary {
        let tomorrow = try store.dueCards(inDeckNamed: deck.name, now: day.end, timeZone: settings.timeZone)
        return SessionSummary(
            deckName: deck.name, answers: tally.answers.count, cards: tally.cards, again: tally.again,
            elapsed: clock.now().timeIntervalSince(started), left: queue.counts,
            nextLearningDue: queue.nextLearningDue, dueTomorrow: tomorrow.learning.count + tomorrow.review.count,
            newTomorrow: tomorrow.new.count, nothingDue: history.isEmpty && !hasCardToShow)
    }

    /// The card as the database has it now, or nil when it went (deleted, suspended or buried elsewhere).
    private func studiable(_ entry: StudyQueue.Entry, at now: Date) throws -> CardListing? {
        let listing: CardListing
        do {
            listing = try store.card(id: entry.cardID)
        } catch StoreError.noCard {
            return nil
        }
        return listing.card.suspended || listing.card.isBuried(at: now) ? nil : listing
    }
}
