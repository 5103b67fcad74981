import Foundation

/// The `#key:value` lines at the top of an Anki text file (and the historic first line `tags:…`), as Anki's
/// `rslib/src/import_export/text/csv/metadata.rs` reads them. Column numbers are 1-based, 0 when absent.
struct AnkiTSVHeader: Equatable {
    var separator: Unicode.Scalar?
    var isHTML: Bool?
    var guidColumn = 0
    var tagsColumn = 0
    var deckColumn = 0
    var notetypeColumn = 0
    var deckName: String?
    var noteTypeName: String?
    var globalTags: [String] = []
    /// The names `#columns:` gives, all columns included; empty when it is absent.
    var columnLabels: [String] = []
    /// How many lines the header takes: the records start on the line after.
    var lineCount = 0

    /// The columns that hold no field.
    var metaColumns: Set<Int> { Set([guidColumn, tagsColumn, deckColumn, notetypeColumn].filter { $0 > 0 }) }

    /// Reads the header at the top of `text`; `path` is for messages.
    init(reading text: String, path: String) throws(AnkiFileError) {
        var pendingColumns: (line: Int, value: String)?
        // The header lines only: the first line of another kind ends them.
        for line in LazyLines(text) {
            let number = lineCount + 1
            if number == 1, line.hasPrefix("tags:") {
                globalTags = line.dropFirst(5).split(whereSeparator: \.isWhitespace).map(String.init)
            } else if line.hasPrefix("#") {
                if let colon = line.firstIndex(of: ":") {
                    let key = line[line.index(after: line.startIndex)..<colon].trimmingCharacters(in: .whitespaces)
                        .lowercased()
                    let value = String(line[line.index(after: colon)...])
                    if key == "columns" { pendingColumns = (number, value) }
                    try read(key: key, value: value, line: number, path: path)
                }
            } else {
                break
            }
            lineCount = number
        }
        // `#columns:` is split with the separator in force when Anki reads it; Tifa's files give the separator first.
        if let pendingColumns {
            columnLabels = pendingColumns.value.split(
                separator: Character(separator ?? "\t"),
                omittingEmptySubsequences: false
            ).map(String.init)
        }
    }

    private mutating func read(key: String, value: String, line: Int, path: String) throws(AnkiFileError) {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        switch key {
        case "separator":
            guard let separator = Self.separator(named: value) else {
                throw .unknownSeparator(path, line: line, value: value)
            }
            self.separator = separator
        case "html": isHTML = Bool(trimmed.lowercased())
        case "tags": globalTags = trimmed.split(whereSeparator: \.isWhitespace).map(String.init)
        case "notetype": noteTypeName = trimmed
        case "deck": deckName = trimmed
        case "guid column": guidColumn = Int(trimmed) ?? 0
        case "tags column": tagsColumn = Int(trimmed) ?? 0
        case "deck column": deckColumn = Int(trimmed) ?? 0
        case "notetype column": notetypeColumn = Int(trimmed) ?? 0
        default: break
        }
    }

    /// Anki's separators, by name or as the character itself.
    static func separator(named value: String) -> Unicode.Scalar? {
        let names: [String: Unicode.Scalar] = [
            "tab": "\t", "comma": ",", "semicolon": ";", "pipe": "|",
            "colon": ":", "space": " ",
        ]
        if let scalar = names[value.trimmingCharacters(in: .whitespaces).lowercased()] { return scalar }
        if value.unicodeScalars.count == 1, let scalar = value.unicodeScalars.first,
            names.values.contains(scalar)
        {
            return scalar
        }
        return nil
    }
}
