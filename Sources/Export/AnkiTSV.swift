import Foundation
import Store
import TextFile

/// A TSV file Anki's "Import File" reads without asking anything: the header lines that tell it the separator,
/// that fields are HTML, which column holds the GUID (so a re-import updates instead of duplicating), the note type,
/// the deck and the tags; then one note a line. Model: Anki's own `rslib/src/import_export/text/csv/export.rs`.
public struct AnkiTSV: Sendable {
    /// The note's fields, in column order.
    public var fields: [AnkiField]
    /// The Anki note type the rows are for: Anki's stock "Basic" for Front/Back, else the learner's own.
    public var noteType: String

    /// - Parameters:
    ///   - fields: Basic's Front and Back by default; any of Tifa's fields, in any order, for a note type of
    ///     the learner's own.
    ///   - noteType: the Anki note type's name; "Basic" for Front/Back and "Tifa" (the type a `.apkg` brings)
    ///     otherwise, unless given.
    public init(fields: [AnkiField] = AnkiField.basic, noteType: String? = nil) {
        self.fields = fields
        self.noteType = noteType ?? (fields == AnkiField.basic ? "Basic" : "Tifa")
    }

    /// The whole file for one deck (`#deck:` header) or several (a deck column, parent decks first).
    public func text(_ decks: [DeckContent]) -> String {
        let decks = DeckContent.parentsFirst(decks)
        let deckColumn = decks.count > 1
        var lines = header(decks: decks, deckColumn: deckColumn)
        for content in decks {
            for detail in content.notes {
                let fields = AnkiNoteFields(detail)
                let row =
                    [detail.note.guid] + (deckColumn ? [content.deck.name] : [])
                    + self.fields.map(fields.html) + [AnkiTags.tags(for: detail).joined(separator: " ")]
                lines.append(DelimitedText.line(row))
            }
        }
        return lines.map { $0 + "\n" }.joined()
    }

    /// Writes the file for `decks` to `url`, replacing a file there only once the new one is complete.
    public func write(_ decks: [DeckContent], to url: URL) throws(AnkiFileError) {
        do {
            try Data(text(decks).utf8).write(to: url, options: .atomic)
        } catch {
            throw .cannotWrite(url.path, reason: FileErrorReason.of(error))
        }
    }

    /// Anki reads `#columns:` only after `#separator:`; its names map columns to the note type's fields.
    /// For Basic the columns are left to map by position: a Basic made by an Anki in another language calls its
    /// fields otherwise (正面, 背面), and a name that matches no field would leave the back empty.
    private func header(decks: [DeckContent], deckColumn: Bool) -> [String] {
        let tagsColumn = 1 + (deckColumn ? 1 : 0) + fields.count + 1
        var lines = ["#separator:tab", "#html:true", "#guid column:1", "#notetype:\(noteType)"]
        if deckColumn {
            lines.append("#deck column:2")
        } else if let deck = decks.first {
            lines.append("#deck:\(deck.deck.name)")
        }
        lines.append("#tags column:\(tagsColumn)")
        if fields != AnkiField.basic {
            let labels = ["GUID"] + (deckColumn ? ["Deck"] : []) + fields.map(\.rawValue) + ["Tags"]
            lines.append("#columns:" + labels.joined(separator: "\t"))
        }
        return lines
    }
}
