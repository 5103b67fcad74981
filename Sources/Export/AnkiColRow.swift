import Store

/// The one row of Anki's `col` table: the collection's times and schema, and in schema 11 its settings, note
/// types, decks and deck options as JSON (later schemas keep those in tables of their own).
struct AnkiColRow: AnkiTableRow, Equatable {
    enum Column: String, CaseIterable {
        case id, crt, mod, scm, ver, dty, usn, ls, conf, models, decks, dconf, tags
    }

    static let tableName = "col"

    var id: Int64 = 1
    /// `crt`: the collection's creation, epoch seconds; its day is day 0 of the review days.
    var creation: Int64
    /// `mod`: epoch milliseconds.
    var modified: Int64 = 0
    /// `scm`: when the schema last changed, epoch milliseconds.
    var schemaModified: Int64 = 0
    /// `ver`: the schema version.
    var version: Int64
    /// `dty`, `usn`, `ls`: unused since Anki 2.1; zero.
    var dirty: Int64 = 0
    var usn: Int64 = 0
    var lastSync: Int64 = 0
    /// `conf`: the collection's settings, JSON.
    var configuration: String = ""
    /// `models`: the note types by id, JSON.
    var noteTypes: String = ""
    /// `decks`: the decks by id, JSON.
    var decks: String = ""
    /// `dconf`: the deck options by id, JSON.
    var deckOptions: String = ""
    var tags: String = "{}"

    func value(_ column: Column) -> SQLiteFile.Value {
        switch column {
        case .id: .integer(id)
        case .crt: .integer(creation)
        case .mod: .integer(modified)
        case .scm: .integer(schemaModified)
        case .ver: .integer(version)
        case .dty: .integer(dirty)
        case .usn: .integer(usn)
        case .ls: .integer(lastSync)
        case .conf: .text(configuration)
        case .models: .text(noteTypes)
        case .decks: .text(decks)
        case .dconf: .text(deckOptions)
        case .tags: .text(tags)
        }
    }

    init(
        creation: Int64, modified: Int64, version: Int64, configuration: String, noteTypes: String, decks: String,
        deckOptions: String
    ) {
        self.creation = creation
        self.modified = modified
        schemaModified = modified
        self.version = version
        self.configuration = configuration
        self.noteTypes = noteTypes
        self.decks = decks
        self.deckOptions = deckOptions
    }

    init(_ row: AnkiRowValues<Column>) {
        id = row.integer(.id)
        creation = row.integer(.crt)
        modified = row.integer(.mod)
        schemaModified = row.integer(.scm)
        version = row.integer(.ver)
        dirty = row.integer(.dty)
        usn = row.integer(.usn)
        lastSync = row.integer(.ls)
        configuration = row.text(.conf)
        noteTypes = row.text(.models)
        decks = row.text(.decks)
        deckOptions = row.text(.dconf)
        tags = row.text(.tags)
    }
}
