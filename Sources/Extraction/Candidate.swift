/// A unit found in the text, before it is judged: its text, how it was found, and every place it occurs.
struct Candidate {
    /// How a candidate was found; a unit found several ways keeps the strongest.
    enum Origin: Int, Comparable {
        /// A glossary term or idiom standing inside a longer word (中国特色社会主义 in 习近平新时代中国特色社会主义思想).
        case nested
        /// A compound no dictionary has, found from the statistics of the text or of Tifa's corpus (增量政策).
        case discovered
        /// A dictionary word the segmenter kept whole.
        case token
        /// Items of an enumeration sharing a head (发展观、安全观、合作观).
        case enumeration
        /// A string in quotation marks (“上海精神”).
        case quotation
        /// A formulation coined on a productive head (中柬命运共同体, 全天候战略合作伙伴关系, 中国威胁论).
        case pattern
        /// A parallel slogan or series (结伴而不结盟, 共商共建共享, 稳就业、稳企业、稳市场).
        case slogan

        static func < (lhs: Origin, rhs: Origin) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    var term: String
    var origin: Origin
    /// What ranking needs of its places: how many, where, and the best example among them.
    var occurrences = Occurrences()
    /// The words a discovered compound is made of (高校 + 毕业生).
    var parts: [String] = []

    init(term: String, origin: Origin) {
        self.term = term
        self.origin = origin
    }
}

/// Where a candidate occurs: which sentence, and which scalars of it.
struct Occurrence: Equatable {
    // 32-bit numbers: a text has millions of places, held at once (16 bytes a place rather than 32).
    private var sentence32: Int32
    private var start32: Int32
    private var length32: Int32
    var quoted: Bool
    var nesting: Nesting

    init(sentence: Int, start: Int, length: Int, quoted: Bool, nesting: Nesting = .standalone) {
        sentence32 = Int32(truncatingIfNeeded: sentence)
        start32 = Int32(truncatingIfNeeded: start)
        length32 = Int32(truncatingIfNeeded: length)
        self.quoted = quoted
        self.nesting = nesting
    }

    var sentence: Int { Int(sentence32) }
    var start: Int { Int(start32) }
    var length: Int { Int(length32) }

    /// Whether the place is inside a longer word of the text.
    enum Nesting {
        case standalone
        /// Inside a longer word (上合 in 上合组织): a poorer example of the unit than a use on its own.
        case insideWord
        /// Inside a fixed expression (a formulation, saying or idiom) found as a longer word: there it is
        /// part of the wording, not a unit the text uses.
        case insideFixedExpression
    }

    func contains(_ other: Occurrence) -> Bool {
        sentence == other.sentence && start <= other.start && other.start + other.length <= start + length
    }
}
