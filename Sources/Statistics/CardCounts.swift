import Foundation
import Lexicon
import Store

/// How many cards are at each stage: Anki's card counts. A suspended card counts only as suspended; a buried
/// one counts by its state.
public struct CardCounts: Equatable, Sendable, Encodable {
    public var new = 0
    /// Cards in learning or relearning (after a lapse).
    public var learning = 0
    /// Of `learning`, the cards relearning after a lapse.
    public var relearning = 0
    /// Review cards whose interval is shorter than `matureInterval` days.
    public var young = 0
    /// Review cards whose interval is `matureInterval` days or longer.
    public var mature = 0
    public var suspended = 0
    public var total = 0

    /// The interval in days from which a card is mature, as in Anki.
    public static let matureInterval = 21

    public init(
        new: Int = 0, learning: Int = 0, relearning: Int = 0, young: Int = 0, mature: Int = 0,
        suspended: Int = 0
    ) {
        self.new = new
        self.learning = learning
        self.relearning = relearning
        self.young = young
        self.mature = mature
        self.suspended = suspended
        total = new + learning + young + mature + suspended
    }

    public init(_ cards: [Card]) {
        for card in cards {
            total += 1
            if card.suspended {
                suspended += 1
                continue
            }
            switch card.state {
            case .new: new += 1
            case .learning: learning += 1
            case .relearning:
                learning += 1
                relearning += 1
            case .review:
                if card.intervalDays < Self.matureInterval { young += 1 } else { mature += 1 }
            }
        }
    }
}

extension Card {
    /// The interval the card was last given, in whole days (rounded): from its last review to its due time.
    /// Zero for a card never reviewed.
    public var intervalDays: Int {
        guard let lastReview else { return 0 }
        return Int((due.timeIntervalSince(lastReview) / 86400).rounded())
    }
}

/// How many notes there are of one kind (idiom, formulation, term…).
public struct KindCount: Equatable, Sendable, Encodable {
    public var kind: NoteKind
    public var notes: Int

    public init(kind: NoteKind, notes: Int) {
        self.kind = kind
        self.notes = notes
    }

    /// The kinds of notes counted, in `NoteKind`'s order; kinds with no note are left out.
    public static func counts(_ notes: [NoteKind: Int]) -> [KindCount] {
        NoteKind.allCases.compactMap { kind in notes[kind].map { KindCount(kind: kind, notes: $0) } }
    }
}
