import Foundation
import Store

/// The ids of an exported collection, never drawn at random (genanki's `package.py` with a timestamp given):
/// notes, cards and the collection's times count up from the export's timestamp in milliseconds; decks, their
/// options and note types hash their names, so each export of the same deck names the same Anki deck.
enum AnkiIDs {
    /// An id in [2^30, 2^31), the range genanki draws deck and note type ids from, from the SHA-256 of the parts.
    static func stable(_ parts: String...) -> Int64 {
        let digest = SHA256.hash(Array(parts.joined(separator: "\u{1F}").utf8))
        let number = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int64(1 << 30) + Int64(number % (1 << 30))
    }

    static func deck(named name: String) -> Int64 { stable("Tifa deck", name) }

    /// Ids for notes and cards: the timestamp's milliseconds, then one more for each id taken.
    struct Sequence {
        private var next: Int64

        init(startingAt timestamp: Date) {
            next = Int64((timestamp.timeIntervalSince1970 * 1000).rounded(.down))
        }

        mutating func take() -> Int64 {
            defer { next += 1 }
            return next
        }
    }
}
