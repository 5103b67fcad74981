/// Everything Tifa can say about a word, as `tifa lookup` prints it.
public struct WordReport: Codable, Sendable, Equatable {
    public var word: String
    public var traditional: String
    /// Tone-marked, the usual reading first.
    public var pinyin: String
    public var readings: [Reading]
    public var idiom: Idiom?
    public var glossary: Glossary?
    public var hsk2: Int?
    /// HSK 3.0 band: entry (levels 1–3), intermediate (4–6), advanced (7–9).
    public var hsk3: HSKBand?
    public var frequencyRank: Int?
    /// Present when no dictionary has the word: pinyin and a gloss built from its longest known parts.
    public var composed: Composition?
    /// The English of a wording no dictionary has but whose frame explains it (第九个五年计划: "the 9th Five-Year
    /// Plan (1996–2000)"), as extraction reads it; the lexicon alone leaves it nil.
    public var framed: String?

    /// One CC-CEDICT reading with its senses.
    public struct Reading: Codable, Sendable, Equatable {
        public var traditional: String
        public var pinyin: String
        public var senses: [String]
    }

    public struct Idiom: Codable, Sendable, Equatable {
        /// The classical work it comes from, e.g. 《战国策·秦策五》; empty when the list gives none.
        public var source: String
    }

    public struct Glossary: Codable, Sendable, Equatable {
        public var english: [String]
        public var domain: GlossaryEntry.Domain
        public var kind: NoteKind
        public var note: String
        public var fullForm: String?
    }

    /// The English senses, the glossary's official rendering first.
    public var english: [String] {
        (glossary?.english ?? []) + readings.flatMap(\.senses)
    }
}

/// A word no dictionary has, read as its longest known parts.
public struct Composition: Codable, Sendable, Equatable {
    public struct Part: Codable, Sendable, Equatable {
        public var text: String
        public var traditional: String
        public var pinyin: String
        /// The part's first ordinary sense; empty for a character no dictionary glosses.
        public var gloss: String
    }

    public var parts: [Part]
    /// An idiom or saying glossed character by character rather than translated.
    public var isLiteral: Bool

    /// The parts' glosses joined, e.g. "same + boat + together + cross (literal)": each part's first meaning
    /// ("right", not "right; correct"), and the items of a series set apart as the text sets them
    /// ("mutual respect, mutual benefit, equal + to consult with").
    public var gloss: String {
        var joined = ""
        var afterSeparator = true
        for part in parts {
            if let separator = Self.separators[part.text] {
                joined += separator
                afterSeparator = true
                continue
            }
            if !afterSeparator { joined += " + " }
            joined += part.gloss.isEmpty ? part.text : Self.firstMeaning(of: part.gloss)
            afterSeparator = false
        }
        return joined
    }

    /// The marks that set off the items of a series, and how the gloss sets them off.
    private static let separators = ["、": ", ", "，": "; ", "；": "; "]

    /// A sense's first meaning: CC-CEDICT writes near-synonyms after semicolons ("right; correct").
    private static func firstMeaning(of sense: String) -> String {
        sense.range(of: "; ").map { String(sense[..<$0.lowerBound]) } ?? sense
    }
}
