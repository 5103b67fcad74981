import Foundation
import Scheduler
import Store

/// How one card's turn ended.
enum TurnResult: Equatable {
    case rated(Rating, shownAt: Date)
    case undo
    case bury
    case suspend
    case quit
}

// One card on the console: the front, the typed answer, the back with the intervals, until a key ends the turn.
extension ReviewSession {
    private enum Phase {
        case front, typing, back
    }

    func present(_ card: CardListing, on console: any Console, message: String?) throws -> TurnResult {
        var listing = card
        let shownAt = clock.now()
        let examples = try store.examples(forNotes: [listing.card.noteID])[listing.card.noteID] ?? []
        var phase: Phase = settings.typed ? .typing : .front
        var typed: TypedAnswer?
        var message = message
        while true {
            let screenPhase: CardScreen.Phase
            switch phase {
            case .front: screenPhase = .front
            case .typing: screenPhase = .typing
            case .back: screenPhase = .back(intervals: try intervals(for: listing.card), typed: typed)
            }
            let size = console.size
            let screen = CardScreen(
                deckName: deck.name, counts: queue.counts, elapsed: clock.now().timeIntervalSince(started),
                face: CardFace(listing, examples: examples), phase: screenPhase,
                message: message, stylesShown: console.showsStyles)
            console.show(screen.lines(width: size.columns, height: size.rows))
            message = nil

            let key: Key
            if phase == .typing {
                guard let line = console.readLine() else { return .quit }
                let word = line.trimmingCharacters(in: .whitespaces)
                if word.count == 1, let letter = word.first, "ubse?q".contains(letter) {
                    key = .character(letter)
                } else {
                    typed = TypedAnswer.check(
                        line, term: listing.note.term, traditional: listing.note.traditional,
                        pinyin: listing.note.pinyin)
                    phase = .back
                    continue
                }
            } else {
                key = console.readKey()
            }

            switch key {
            case .interrupt, .endOfInput, .character("q"):
                return .quit
            case .enter, .character(" "):
                if phase == .back, let typed { return .rated(typed.proposal, shownAt: shownAt) }
                phase = .back
            case .character(let digit) where phase == .back && ("1"..."4").contains(digit):
                if let rating = digit.wholeNumberValue.flatMap(Rating.init(rawValue:)) { return .rated(rating, shownAt: shownAt) }
            case .character("u"):
                return .undo
            case .character("b"):
                return .bury
            case .character("s"):
                return .suspend
            case .character("e"):
                message = try editGloss(of: &listing, on: console)
            case .character("?"):
                console.show(HelpScreen.lines(width: console.size.columns, typed: settings.typed))
                if [.interrupt, .endOfInput].contains(console.readKey()) { return .quit }
            default:
                continue  // an unknown key, a rating before the answer is shown, a resize: draw again
            }
        }
    }

    /// The time until the card is due again after each rating, at this moment.
    private func intervals(for card: Store.Card) throws -> [Rating: TimeInterval] {
        let now = clock.now()
        let outcomes = scheduler.outcomes(for: card.schedulerCard, now: Timestamp(now))
        return Dictionary(uniqueKeysWithValues: Rating.allCases.map { ($0, outcomes[$0].card.due.date.timeIntervalSince(now)) })
    }

    /// Edits the note's gloss and reloads the card; returns what to tell the learner.
    private func editGloss(of listing: inout CardListing, on console: any Console) throws -> String {
        let edited: String?
        do {
            edited = try console.edit(listing.note.gloss, about: listing.note.term)
        } catch let error as ReviewError {
            return error.errorDescription ?? "The gloss is unchanged."
        }
        guard let gloss = edited else { return "The gloss is unchanged." }
        try store.editGloss(noteID: listing.card.noteID, gloss: gloss, now: clock.now())
        listing = try store.card(id: listing.card.id ?? 0)
        return "Saved the new gloss of \(listing.note.term)."
    }
}
