import Lexicon

/// One card's worth of vocabulary found in an article, with everything the card shows.
public struct VocabularyItem: Codable, Sendable, Equatable {
    public var term: String
    public var traditional: String
    /// Tone-marked: the glossary's reading first, then CC-CEDICT's, the idiom list's, or one read from parts.
    public var pinyin: String
    public var gloss: String
    /// Where the gloss comes from: glossary, cedict, or parts (composed from the longest known parts).
    public var glossSource: GlossSource
    public var kind: NoteKind
    public var score: Double
    /// How the score was made (shown by `--explain`).
    public var scoreParts: ScoreParts
    /// The sentence it appeared in, as repaired, and where the term stands in it (in Unicode scalars).
    public var example: String
    public var highlight: Highlight
    public var source: Source
    /// How many times it occurs in the text read.
    public var occurrences: Int
    /// An idiom's or saying's classical source, e.g. 《战国策·秦策五》.
    public var classicalSource: String?
    /// The glossary's note on what a formulation stands for.
    public var note: String?
    /// Full forms and abbreviations met in the same text (上合组织 → 上海合作组织).
    public var related: [String]

    /// Where the gloss comes from: Tifa's glossary, CC-CEDICT, the wording's fixed frame (干字当头: putting “干”
    /// first), or the unit's parts, a last resort.
    public enum GlossSource: String, Codable, Sendable {
        case glossary, cedict, frame, parts
    }

    public struct Highlight: Codable, Sendable, Equatable {
        public var start: Int
        public var length: Int
    }

    public struct Source: Codable, Sendable, Equatable {
        public var title: String
        public var file: String
        /// The article's date when its text gives one (ISO 8601), else nil.
        public var date: String?
        public var line: Int
    }

    public struct ScoreParts: Codable, Sendable, Equatable {
        /// How political or diplomatic the unit is: the glossary's domain, idiom lists, corpus evidence.
        public var register: Double
        /// How rare it is in general language: frequency rank and HSK level.
        public var rarity: Double
        /// How prominent it is in this text: repetition, headlines, quotation marks.
        public var salience: Double
        /// What each part is made of: glossary term 3, core band +0.5, 23× 1.81 …
        public var explanation: Explanation

        public struct Explanation: Codable, Sendable, Equatable {
            public var register: [Reason]
            public var rarity: [Reason]
            public var salience: [Reason]
        }

        public struct Reason: Codable, Sendable, Equatable {
            public var because: String
            public var value: Double
        }
    }
}
