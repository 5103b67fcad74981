import Foundation

/// A field Tifa writes for Anki: the eight of its own note type "Tifa", or the two of Anki's stock "Basic".
public enum AnkiField: String, CaseIterable, Sendable {
    case hanzi = "Hanzi"
    case traditional = "Traditional"
    case pinyin = "Pinyin"
    case meaning = "Meaning"
    case kind = "Kind"
    case example = "Example"
    case source = "Source"
    case notes = "Notes"
    /// Basic's front: the expression.
    case front = "Front"
    /// Basic's back: pinyin, meaning, example sentence and source, one block each.
    case back = "Back"

    /// The fields of the note type "Tifa" that a `.apkg` brings, in order.
    public static let tifaNoteType: [AnkiField] = [
        .hanzi, .traditional, .pinyin, .meaning, .kind, .example, .source,
        .notes,
    ]

    /// The columns of a TSV for Anki's stock note type "Basic".
    public static let basic: [AnkiField] = [.front, .back]

    /// Reads a comma-separated list such as "Hanzi,Pinyin,Meaning" (names in any case).
    public static func parseList(_ text: String) throws(AnkiFileError) -> [AnkiField] {
        var fields: [AnkiField] = []
        for name in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !name.isEmpty {
            guard let field = allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else {
                throw .unknownField(name)
            }
            if fields.contains(field) { throw .repeatedField(field.rawValue) }
            fields.append(field)
        }
        if fields.isEmpty { throw .unknownField(text) }
        return fields
    }

    /// The name a column of an imported file is taken for, in any case: a field's own name or a usual synonym
    /// (Term, Simplified, Gloss, English, Definition, Sentence).
    static func named(_ label: String) -> AnkiField? {
        let name = label.trimmingCharacters(in: .whitespaces).lowercased()
        if let field = allCases.first(where: { $0.rawValue.lowercased() == name }) { return field }
        switch name {
        case "term", "simplified", "word", "汉字", "简体": return .hanzi
        case "gloss", "english", "definition", "translation", "释义", "英文": return .meaning
        case "sentence", "例句": return .example
        case "繁体": return .traditional
        case "拼音": return .pinyin
        default: return nil
        }
    }
}
