import Lexicon

/// "党的" and a congress or a plenum (党的二十大, 党的十九届六中全会): the Party's, said in full. It names the same
/// event as the short name the glossary renders (二十大: the 20th National Congress of the CPC), so the card takes
/// that rendering instead of one read from 党 + 的 + 二十大.
enum PartyCongresses {
    static let prefix = "党的"

    /// The short name inside a full one, or nil when the term is no "党的" + congress or plenum.
    static func name(in term: String) -> String? {
        guard term.hasPrefix(prefix) else { return nil }
        let name = String(term.dropFirst(prefix.count))
        return isName(name) ? name : nil
    }

    /// A congress or a plenum by its number: 二十大, 十九届六中全会.
    static func isName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first else { return false }
        return HeadedFormulations.numerals.contains(first) && (name.hasSuffix("大") || name.hasSuffix("全会"))
    }

    /// What "党的" adds to the short name's traditional form and pinyin.
    static let traditionalPrefix = "黨的"
    static let pinyinPrefix = "dǎng de "

    /// The short name's summary, written for the full name.
    static func summary(_ name: WordSummary, of term: String) -> WordSummary {
        var summary = name
        summary.word = term
        summary.traditional = traditionalPrefix + name.traditional
        summary.pinyin = pinyinPrefix + name.pinyin
        return summary
    }

    /// The short name's lookup report, written for the full name: its glossary's English, not the short name's
    /// dictionary readings and counts, which are its own.
    static func report(_ name: WordReport, of term: String) -> WordReport {
        var report = name
        report.word = term
        report.traditional = traditionalPrefix + name.traditional
        report.pinyin = pinyinPrefix + name.pinyin
        report.readings = []
        (report.hsk2, report.hsk3, report.frequencyRank) = (nil, nil, nil)
        return report
    }
}
