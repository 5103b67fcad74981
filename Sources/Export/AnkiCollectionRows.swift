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
    /// By id.
    var notes: [AnkiNoteRow]
    /// By note, then template.
    var cards: [AnkiCardRow]
    /// Oldest first.
    var revlog: [AnkiRevlogRow]
}
