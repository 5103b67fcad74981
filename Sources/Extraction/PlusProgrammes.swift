import Lexicon

/// “X+” programmes (互联网+, 人工智能+): a field and a plus sign name a programme of applying the field across
/// the economy. The sign is read 加 (jiā) and rendered “Plus” (“Internet Plus”, “AI Plus”); the field is
/// what the dictionaries know.
enum PlusProgrammes {
    static let signs: Set<Unicode.Scalar> = ["+", "＋"]

    /// The field of a programme's name, or nil when the term is no “X+”.
    static func field(of term: String) -> String? {
        guard let last = term.unicodeScalars.last, signs.contains(last), term.unicodeScalars.count > 1 else { return nil }
        return String(scalars: term.unicodeScalars.dropLast())
    }

    /// The field's summary, turned into the programme's.
    static func summary(_ field: WordSummary, of term: String) -> WordSummary {
        var summary = field
        summary.word = term
        summary.traditional = field.traditional + "+"
        summary.pinyin = field.pinyin + " jiā"
        summary.glossary?.english = field.glossary?.english.map { "\($0) Plus" } ?? []
        summary.senses = field.senses.map { senses in senses.prefix(1).map { "\($0) Plus" } }
        return summary
    }
}
