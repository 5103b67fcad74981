/// Which column of an imported file holds which field. Columns are 1-based, as in Anki's headers.
struct ImportColumns {
    /// Field columns in file order; a field named twice is read from its first column.
    var fields: [(column: Int, field: AnkiField)]
    var guid: Int
    var tags: Int
    /// Names of columns (or "column N") that hold nothing Tifa keeps.
    var ignored: [String]

    /// By the names `#columns:` gives; without them by position, in the columns that are not the GUID, deck,
    /// note type or tags: the fields of the note type "Tifa" in order for a file of that note type (as Anki
    /// exports it), else the term and then its meaning (or the back of Tifa's own Basic export).
    init(header: AnkiTSVHeader, firstRecord: DelimitedText.Record, path: String) throws(AnkiFileError) {
        guid = header.guidColumn
        tags = header.tagsColumn
        fields = []
        ignored = []
        let meta = header.metaColumns
        if header.columnLabels.isEmpty {
            let noteType =
                header.notetypeColumn > 0 && header.notetypeColumn <= firstRecord.fields.count
                ? firstRecord.fields[header.notetypeColumn - 1] : header.noteTypeName
            let positional = noteType == "Tifa" ? AnkiField.tifaNoteType : [.front, .back]
            var next = positional.makeIterator()
            for column in 1...max(1, firstRecord.fields.count) where !meta.contains(column) {
                if let field = next.next() {
                    fields.append((column, field))
                } else {
                    ignored.append("column \(column)")
                }
            }
        } else {
            for (index, label) in header.columnLabels.enumerated() where !meta.contains(index + 1) {
                if let field = AnkiField.named(label) {
                    fields.append((index + 1, field))
                } else {
                    ignored.append(label)
                }
            }
        }
        guard fields.contains(where: { $0.field == .hanzi || $0.field == .front }) else {
            throw .noTermColumn(path, line: header.columnLabels.isEmpty ? firstRecord.line : header.lineCount)
        }
    }
}
