/// The word a report is about and what the dictionaries have of it, read once: the word as given less the white
/// space around it, or the simplified form a traditional one stands for (同舟共濟 is reported as 同舟共济, which
/// the idiom list, HSK and the glossary are keyed by).
public struct ReportedWord: Sendable {
    public let word: String
    let entry: LexiconEntry?
    let facts: LexiconFacts
    /// CC-CEDICT's entries, ordinary readings before names, as a report lists them.
    let cedict: [CedictEntry]

    /// The glossary has the word: its rendering is the gloss a card shows.
    public var isInGlossary: Bool { facts.glossary != nil }
    /// CC-CEDICT reads the word; without this or the glossary, a gloss is read from the word's parts.
    public var hasReadings: Bool { !cedict.isEmpty }
}

extension Lexicon {
    /// The word `report(for:)` reports on for `word`, with its dictionary records. Throws for input with no
    /// Chinese characters.
    public func reportedWord(_ word: String) throws -> ReportedWord {
        let word = String(word.trimmingWhitespace)
        guard word.unicodeScalars.contains(where: \.isHan) else { throw LexiconError.notChinese(word) }
        // The glossary's series are keyed without their 、 (科教兴国、人才强国), as extraction finds them.
        let entry = self.word(LexiconKey.of(word))
        let facts = entry?.facts ?? LexiconFacts()
        if let simplified = facts.cedict.first(where: { $0.traditional == word && $0.simplified != word })?.simplified {
            return try reportedWord(simplified)
        }
        let cedict = facts.cedict.sorted { Self.isOrdinary($0) && !Self.isOrdinary($1) }
        return ReportedWord(word: word, entry: entry, facts: facts, cedict: cedict)
    }
}
