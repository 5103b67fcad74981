/// What a card shows of a word from the dictionaries: `report(for:)`'s pinyin, traditional form, glossary record,
/// idiom source and gloss from parts, with the senses of its first CC-CEDICT reading only. Writing the pinyin of
/// every reading, which only `tifa lookup` prints, was a third of what extracting a long text's cards cost.
public struct WordSummary: Equatable, Sendable {
    public var word: String
    public var traditional: String
    /// Tone-marked, written by words, as the report's.
    public var pinyin: String
    public var glossary: WordReport.Glossary?
    /// The first CC-CEDICT reading's senses (ordinary readings before names); nil when CC-CEDICT lacks the word.
    public var senses: [String]?
    public var idiom: WordReport.Idiom?
    /// Present when no dictionary has the word, as the report's.
    public var composed: Composition?
}

extension Lexicon {
    /// `reported`'s summary, as `report(for:)` would give it.
    public func summary(of reported: ReportedWord) -> WordSummary {
        let (word, facts, cedict) = (reported.word, reported.facts, reported.cedict)
        var idiom = facts.idiom.map { WordReport.Idiom(source: $0.source) }
        if idiom == nil, reported.entry?.isIdiom == true { idiom = .init(source: "") }
        // Only a word no dictionary glosses is read from its parts (for its pinyin too, unless the idiom list
        // reads it); a glossary term CC-CEDICT lacks has the glossary's reading.
        let composition = cedict.isEmpty && facts.glossary == nil ? self.composition(of: word) : nil
        let forms = writtenForms(of: word, facts: facts, cedict: cedict) { composition ?? self.composition(of: word) }
        return WordSummary(
            word: word, traditional: forms.traditional, pinyin: forms.pinyin,
            glossary: facts.glossary.map {
                .init(english: $0.english, domain: $0.domain, kind: $0.kind, note: $0.note, fullForm: $0.fullForm.isEmpty ? nil : $0.fullForm)
            },
            senses: cedict.first?.senses, idiom: idiom,
            composed: composition.map { composition in
                var composed = composition
                composed.isLiteral = idiom != nil || reported.entry?.isSetPhrase == true
                return composed
            })
    }
}
