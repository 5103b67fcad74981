import Lexicon

/// What a card says from the dictionaries: traditional form, pinyin, English, an idiom's classical source, the
/// glossary's note. Judging a candidate needs only where its gloss will come from (`Gloss.source`); the text is
/// written into the items shown, once folding, ranking and `--top` have settled which they are. Writing it for
/// every candidate took a third of a long text's extraction, much of it for candidates that were then folded
/// into a longer unit or cut by `--top`.
enum DictionaryText {
    /// The word the dictionaries are asked about for `term`: the field of an “X+” programme, the short name of a
    /// congress the glossary has and the full name not (二十大 for 党的二十大), the term itself otherwise.
    /// Nil for a term with no Chinese character, which no dictionary reads.
    static func reportedWord(for term: String, lexicon: Lexicon) -> ReportedWord? {
        if let field = PlusProgrammes.field(of: term) { return try? lexicon.reportedWord(field) }
        // As the text writes it: the lexicon keys it without the 、 of a series or the ， of a couplet, and the
        // report keeps them in its traditional form, pinyin and parts (和平統一、一國兩制; kōngtán wùguó, shígàn xīngbāng).
        let word = try? lexicon.reportedWord(term)
        if word?.isInGlossary != true, let name = PartyCongresses.name(in: term),
            let congress = try? lexicon.reportedWord(name), congress.isInGlossary
        {
            return congress
        }
        return word
    }

    /// `item` with the dictionaries' text of its term written in (items are judged only when `reportedWord`
    /// reads their term).
    static func written(into item: VocabularyItem, lexicon: Lexicon) -> VocabularyItem {
        guard let word = reportedWord(for: item.term, lexicon: lexicon) else { return item }
        var summary = lexicon.summary(of: word)
        if PlusProgrammes.field(of: item.term) != nil { summary = PlusProgrammes.summary(summary, of: item.term) }
        if summary.word != item.term, PartyCongresses.name(in: item.term) == summary.word {
            summary = PartyCongresses.summary(summary, of: item.term)
        }
        var item = item
        item.traditional = summary.traditional
        let framed = item.glossSource == .frame ? Gloss.framedReading(of: item.term, pinyin: summary.pinyin, lexicon: lexicon) : nil
        item.pinyin = framed?.pinyin ?? summary.pinyin
        item.gloss = framed?.english ?? Gloss.text(of: summary)
        item.classicalSource = summary.idiom.flatMap { $0.source.isEmpty ? nil : $0.source }
        item.note = summary.glossary.flatMap { $0.note.isEmpty ? nil : $0.note }
        return item
    }
}
