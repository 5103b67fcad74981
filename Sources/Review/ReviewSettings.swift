import Foundation
import Store

/// Which cards a session asks, and how.
public enum ReviewMode: String, CaseIterable, Sendable {
    /// Recognition cards only: the characters, to recall reading and meaning.
    case recognize
    /// Production cards only: the English, to recall the characters.
    case produce
    /// Cloze cards only: a sentence with the term blanked out.
    case cloze
    /// Every card type the deck studies.
    case mixed

    /// The card type the mode asks; nil for every type.
    public var cardType: CardType? {
        switch self {
        case .recognize: .recognition
        case .produce: .production
        case .cloze: .cloze
        case .mixed: nil
        }
    }
}

/// The choices of one `tifa review`.
public struct ReviewSettings: Sendable {
    public var deckName: String
    public var mode: ReviewMode
    /// The learner types each answer, which is compared and given a proposed rating.
    public var typed: Bool
    /// At most this many new cards in this session (within the deck's daily limit); nil for the daily limit.
    public var newCards: Int?
    /// At most this many review cards in this session (within the deck's daily cap); nil for the daily cap.
    public var reviews: Int?
    /// The time zone of the learner's study day.
    public var timeZone: TimeZone
    /// With nothing else left, a learning card due within this long is shown early (Anki's 20 minutes).
    public var learnAhead: TimeInterval
    /// An answer's recorded duration stops here (Anki's 60 seconds): a learner who walked away did not think
    /// for an hour.
    public var longestAnswer: TimeInterval

    public init(
        deckName: String, mode: ReviewMode = .mixed, typed: Bool = false, newCards: Int? = nil,
        reviews: Int? = nil, timeZone: TimeZone, learnAhead: TimeInterval = 20 * 60,
        longestAnswer: TimeInterval = 60
    ) {
        self.deckName = deckName
        self.mode = mode
        self.typed = typed
        self.newCards = newCards
        self.reviews = reviews
        self.timeZone = timeZone
        self.learnAhead = learnAhead
        self.longestAnswer = longestAnswer
    }

    var limits: QueueLimits {
        QueueLimits(cardTypes: mode.cardType.map { [$0] }, reviews: reviews, newCards: newCards)
    }
}

/// The deck to review when none is named: the only one there is.
public enum DeckChoice {
    public static func resolve(_ name: String?, in store: DeckStore) throws -> String {
        if let name { return name }
        let decks = try store.decks()
        switch decks.count {
        case 0: throw ReviewError.noDecks
        case 1: return decks[0].name
        default: throw ReviewError.deckNeeded(decks: decks.map(\.name))
        }
    }
}
