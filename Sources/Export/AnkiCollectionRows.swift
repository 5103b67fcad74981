import Foundation
import Store

/// What Tifa reads from an Anki collection: its calendar, note types, decks, and the rows of notes, cards and
/// review log, as `AnkiCollectionReader` finds them in schema 11 or 18.
struct AnkiCollectionRows {
    struct NoteType {
        var id: Int64
        var name: String
        var fields: [String]
        var templates: [String]
        var isCloze: Bool
    }

    struct Note {
        var id: Int64
        var guid: String
        var noteTypeID: Int64
        var tags: String
        var fields: [String]
    }

    struct Card {
        var id: Int64
        var noteID: Int64
        var deckID: Int64
        var ord: Int
        var type: Int
        var queue: Int
        var due: Int64
        var interval: Int
        var factor: Int
        var reps: Int
        var lapses: Int
        var left: Int
        var originalDue: Int64
        var originalDeckID: Int64
        var data: String
    }

    struct Revlog {
        /// The answer's time in epoch milliseconds.
        var id: Int64
        var cardID: Int64
        /// The button, 1–4; 0 for a manual change.
        var ease: Int
        /// Days when positive, seconds when negative.
        var interval: Int
        var lastInterval: Int
        var factor: Int
        var time: Int
        /// 0 learning, 1 review, 2 relearning, 3 filtered, 4 manual, 5 rescheduled.
        var type: Int
    }

    var schemaVersion: Int
    /// `col.crt`: the collection's creation, epoch seconds.
    var creation: Int64
    /// `creationOffset`: minutes west of UTC at the creation; nil in old collections.
    var creationMinutesWest: Int?
    /// `rollover`: the hour a day starts; 4 when absent, as in Anki.
    var rolloverHour: Int
    var noteTypes: [Int64: NoteType]
    /// Deck names by id, levels joined with "::".
    var decks: [Int64: String]
    /// The options of each normal deck's config, by deck id.
    var deckOptions: [Int64: ImportedDeckOptions] = [:]
    var notes: [Note]
    var cards: [Card]
    /// Oldest first.
    var revlog: [Revlog]
}
