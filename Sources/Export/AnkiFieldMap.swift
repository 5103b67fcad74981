/// Which field of an Anki note type fills which of Tifa's: the note type "Tifa" field by field, any other by the
/// fields' names (Hanzi, Simplified, Front, Chinese, Word… for the term; Pinyin, Reading… for the reading;
/// English, Meaning, Back, Definition… for the meaning), and `--map` over both.
public struct AnkiFieldMap: Equatable, Sendable {
    /// Tifa's field and the index of the Anki field it reads, in Tifa's order.
    public var pairs: [(field: AnkiField, index: Int)]

    public static func == (lhs: AnkiFieldMap, rhs: AnkiFieldMap) -> Bool {
        lhs.pairs.map(\.field) == rhs.pairs.map(\.field) && lhs.pairs.map(\.index) == rhs.pairs.map(\.index)
    }

    /// `--map Hanzi=Front,Meaning=Back`: Tifa's field, then the Anki field it takes.
    public typealias Overrides = [(field: AnkiField, ankiName: String)]

    /// Reads `Hanzi=Front,Meaning=Back`.
    public static func parseOverrides(_ text: String) throws -> Overrides {
        var result: Overrides = []
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty,
                let field = AnkiField.allCases.first(where: { $0.rawValue.lowercased() == parts[0].lowercased() })
            else { throw AnkiPackageError.badMapping(text) }
            result.append((field, parts[1]))
        }
        if result.isEmpty { throw AnkiPackageError.badMapping(text) }
        return result
    }

    public init(fieldNames: [String], noteTypeName: String, overrides: Overrides) {
        var pairs: [(field: AnkiField, index: Int)] = []
        if noteTypeName.hasPrefix("Tifa") && fieldNames.starts(with: AnkiField.tifaNoteType.map(\.rawValue)) {
            pairs = AnkiField.tifaNoteType.enumerated().map { ($1, $0) }
        } else {
            for (index, name) in fieldNames.enumerated() {
                guard let field = Self.field(named: name), !pairs.contains(where: { $0.field == field }) else { continue }
                pairs.append((field, index))
            }
        }
        for (field, ankiName) in overrides {
            guard let index = fieldNames.firstIndex(where: { $0.lowercased() == ankiName.lowercased() }) else { continue }
            pairs.removeAll { $0.field == field || $0.index == index }
            // The term read from a named field replaces a Front (and a Front the term field).
            if field == .hanzi { pairs.removeAll { $0.field == .front } }
            if field == .front { pairs.removeAll { $0.field == .hanzi } }
            if field == .meaning { pairs.removeAll { $0.field == .back } }
            pairs.append((field, index))
        }
        if !pairs.contains(where: { $0.field == .hanzi || $0.field == .front }), !fieldNames.isEmpty,
            !pairs.contains(where: { $0.index == 0 })
        {
            // No field is named like a term: the first field, as Anki sorts by it.
            pairs.append((.hanzi, 0))
        }
        self.pairs = pairs.sorted { $0.index < $1.index }
    }

    /// What a field's name means, in any case: Tifa's own names and their synonyms.
    static func field(named name: String) -> AnkiField? {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let field = AnkiField.named(key) { return field }
        switch key {
        case "chinese", "expression", "vocab", "vocabulary", "character", "characters", "中文", "词语", "词", "word (simplified)":
            return .hanzi
        case "reading", "pronunciation", "pinyin (tones)", "读音":
            return .pinyin
        case "english meaning", "english definition", "meaning (english)", "意思":
            return .meaning
        case "example sentence", "examples", "sentence (simplified)":
            return .example
        case "note", "comment", "comments", "extra", "备注":
            return .notes
        case "word (traditional)":
            return .traditional
        default:
            return nil
        }
    }

    /// "Hanzi ← Front, Meaning ← Back", for the dry run.
    func description(fieldNames: [String]) -> String {
        pairs.map { "\($0.field.rawValue) ← \(fieldNames[$0.index])" }.joined(separator: ", ")
    }
}
