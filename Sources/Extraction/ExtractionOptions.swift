import Lexicon

/// What the learner wants from an article.
public struct ExtractionOptions: Sendable {
    /// How many items to return, best first; 0 for all.
    public var top: Int
    /// Words at or below this HSK 2.0 level are taken as known (0 keeps them). Glossary units, idioms and
    /// sayings are never skipped this way: a learner may know 落实 and still want 狠抓落实.
    public var skipHSKLevel: Int
    /// Words the learner already knows (`tifa known`).
    public var knownWords: Set<String>
    /// Only these kinds; empty for all.
    public var kinds: Set<NoteKind>
    /// Include personal and place names.
    public var names: Bool
    /// Keep what each score part rests on (`ScoreParts.explanation`, for `--explain` and JSON). Without it the
    /// items keep only the parts' values: tens of thousands of items from a long input held their reasons'
    /// text for nothing.
    public var explains: Bool

    public init(
        top: Int = 50, skipHSKLevel: Int = 4, knownWords: Set<String> = [], kinds: Set<NoteKind> = [], names: Bool = false,
        explains: Bool = true
    ) {
        self.top = top
        self.skipHSKLevel = skipHSKLevel
        self.knownWords = knownWords
        self.kinds = kinds
        self.names = names
        self.explains = explains
    }
}
