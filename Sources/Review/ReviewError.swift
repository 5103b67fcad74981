import Foundation

/// What can stop a review, in words a learner can act on.
public enum ReviewError: LocalizedError, Equatable, Sendable {
    case noDecks
    case deckNeeded(decks: [String])
    /// The mode's card type, and the deck's types with it added, for the message's suggestion.
    case modeNotInDeck(mode: String, cardType: String, deck: String, withIt: [String])
    case editorFailed(command: String, reason: String)
    case undoOvertaken(deck: String)

    public var errorDescription: String? {
        switch self {
        case .noDecks:
            return "there is no deck to review yet; tifa extract ARTICLE --deck NAME fills one, or tifa decks create NAME makes an empty one"
        case let .deckNeeded(decks):
            return "there are \(decks.count) decks (\(decks.joined(separator: ", "))); pass --deck NAME to say which to review"
        case let .modeNotInDeck(mode, cardType, deck, withIt):
            return
                "--mode \(mode) reviews \(cardType) cards, and deck '\(deck)' makes none; add them with tifa decks set \(deck) --card-types \(withIt.joined(separator: ",")), or pick another --mode"
        case let .editorFailed(command, reason):
            return "could not edit the gloss with '\(command)' (\(reason)); the gloss is unchanged; set $EDITOR to an editor that works here"
        case let .undoOvertaken(deck):
            return "another tifa has answered a card of deck '\(deck)' since; undo there, or with tifa review after it ends"
        }
    }
}
