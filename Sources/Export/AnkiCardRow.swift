import Store

/// A row of Anki's `cards` table: which note and deck, and where the card stands in Anki's scheduler (`type`,
/// `queue`, `due`, `ivl`, …) with its FSRS memory state in the `data` JSON (`{"s":…,"d":…}`), as
/// `rslib/src/card/mod.rs` keeps them.
struct AnkiCardRow: AnkiTableRow, Equatable {
    enum Column: String, CaseIterable {
        case id, nid, did, ord, mod, usn, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, flags, data
    }

    static let tableName = "cards"

    var id: Int64
    var noteID: Int64
    var deckID: Int64
    /// The template's place in the note type: which card of the note this is.
    var ord: Int
    /// `mod`: epoch seconds.
    var modified: Int64 = 0
    var usn: Int64 = -1
    /// 0 new, 1 learning, 2 review, 3 relearning.
    var type: Int
    /// 0 new, 1 learning within the day, 2 review, 3 learning across days, -1 suspended, -2 and -3 buried.
    var queue: Int
    /// A new card's position; a review's (or a learning step's of a day or more) day number; an intraday learning
    /// step's Unix time in seconds.
    var due: Int64
    /// `ivl`: days between the last review and the due date; 0 for a card not yet in review.
    var interval: Int
    /// Anki's ease in permille; 2500 for a card that has one, 0 for a new card.
    var factor: Int
    var reps: Int
    var lapses: Int
    /// The learning steps left.
    var left: Int
    /// `odue`: a card in a filtered deck keeps its own due here; 0 otherwise.
    var originalDue: Int64 = 0
    /// `odid`: a card in a filtered deck keeps its home deck here; 0 otherwise.
    var originalDeckID: Int64 = 0
    var flags: Int = 0
    var data: String

    func value(_ column: Column) -> SQLiteFile.Value {
        switch column {
        case .id: .integer(id)
        case .nid: .integer(noteID)
        case .did: .integer(deckID)
        case .ord: .integer(Int64(ord))
        case .mod: .integer(modified)
        case .usn: .integer(usn)
        case .type: .integer(Int64(type))
        case .queue: .integer(Int64(queue))
        case .due: .integer(due)
        case .ivl: .integer(Int64(interval))
        case .factor: .integer(Int64(factor))
        case .reps: .integer(Int64(reps))
        case .lapses: .integer(Int64(lapses))
        case .left: .integer(Int64(left))
        case .odue: .integer(originalDue)
        case .odid: .integer(originalDeckID)
        case .flags: .integer(Int64(flags))
        case .data: .text(data)
        }
    }

    /// A new card, at `position` in the order new cards come.
    init(id: Int64, noteID: Int64, deckID: Int64, ord: Int, modified: Int64, newAt position: Int) {
        self.id = id
        self.noteID = noteID
        self.deckID = deckID
        self.ord = ord
        self.modified = modified
        type = 0
        queue = 0
        due = Int64(position)
        interval = 0
        factor = 0
        reps = 0
        lapses = 0
        left = 0
        data = ""
    }

    init(_ row: AnkiRowValues<Column>) {
        id = row.integer(.id)
        noteID = row.integer(.nid)
        deckID = row.integer(.did)
        ord = row.int(.ord)
        modified = row.integer(.mod)
        usn = row.integer(.usn)
        type = row.int(.type)
        queue = row.int(.queue)
        due = row.integer(.due)
        interval = row.int(.ivl)
        factor = row.int(.factor)
        reps = row.int(.reps)
        lapses = row.int(.lapses)
        left = row.int(.left)
        originalDue = row.integer(.odue)
        originalDeckID = row.integer(.odid)
        flags = row.int(.flags)
        data = row.text(.data)
    }
}
