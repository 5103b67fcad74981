import Store

/// A row of Anki's `notes` table (`rslib/src/storage/schema11.sql`).
struct AnkiNoteRow: AnkiTableRow, Equatable {
    enum Column: String, CaseIterable {
        case id, guid, mid, mod, usn, tags, flds, sfld, csum, flags, data
    }

    static let tableName = "notes"

    var id: Int64
    var guid: String
    /// `mid`: the note type's id.
    var noteTypeID: Int64
    /// `mod`: epoch seconds.
    var modified: Int64 = 0
    var usn: Int64 = -1
    /// Separated by spaces, with a space at each end ("" for none), as Anki writes them.
    var tags: String
    /// `flds`: the note type's fields in order, joined with U+001F in the row.
    var fields: [String]
    /// `sfld`: the sort field's text.
    var sortField: String = ""
    /// `csum`: Anki computes the checksum of the first field when it imports.
    var checksum: Int64 = 0
    var flags: Int64 = 0
    var data: String = ""

    func value(_ column: Column) -> SQLiteFile.Value {
        switch column {
        case .id: .integer(id)
        case .guid: .text(guid)
        case .mid: .integer(noteTypeID)
        case .mod: .integer(modified)
        case .usn: .integer(usn)
        case .tags: .text(tags)
        case .flds: .text(fields.joined(separator: String(Self.fieldSeparator)))
        case .sfld: .text(sortField)
        case .csum: .integer(checksum)
        case .flags: .integer(flags)
        case .data: .text(data)
        }
    }

    init(
        id: Int64, guid: String, noteTypeID: Int64, modified: Int64, tags: String, fields: [String],
        sortField: String
    ) {
        self.id = id
        self.guid = guid
        self.noteTypeID = noteTypeID
        self.modified = modified
        self.tags = tags
        self.fields = fields
        self.sortField = sortField
    }

    init(_ row: AnkiRowValues<Column>) {
        id = row.integer(.id)
        guid = row.text(.guid)
        noteTypeID = row.integer(.mid)
        modified = row.integer(.mod)
        usn = row.integer(.usn)
        tags = row.text(.tags)
        fields = row.text(.flds).split(separator: Self.fieldSeparator, omittingEmptySubsequences: false)
            .map(String.init)
        sortField = row.text(.sfld)
        checksum = row.integer(.csum)
        flags = row.integer(.flags)
        data = row.text(.data)
    }

    static let fieldSeparator: Character = "\u{1F}"
}
