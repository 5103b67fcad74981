import Article
import Lexicon

/// Turns articles into the vocabulary a learner of political and diplomatic Chinese would want from them,
/// best first, each with the sentence it came from.
public struct Extractor: Sendable {
    let lexicon: Lexicon
    let segmenter: Segmenter

    public init(lexicon: Lexicon) {
        self.lexicon = lexicon
        segmenter = Segmenter(lexicon: lexicon)
    }

    /// Extracts from the articles of one or more documents read together (their counts are pooled).
    public func extract(from documents: consuming [Document], options: ExtractionOptions = ExtractionOptions()) -> [VocabularyItem] {
        extract(from: DocumentArticles(documents: documents), options: options)
    }

    /// Extracts from articles read twice, in order: once to count what new-word discovery needs, once to find
    /// the candidates. Nothing of an article is kept past its sentences but what ranking needs of each
    /// candidate (`Occurrences`).
    /// - Throws: what reading the articles throws.
    public func extract<Source: ArticleSource>(from source: Source, options: ExtractionOptions = ExtractionOptions())
        throws(Source.ReadingError) -> [VocabularyItem]
    {
        try rankedItems(from: source, options: options).all
    }

    /// What `extract` returns, the dictionaries' text not yet written into the items: `RankedItems` writes it
    /// a block at a time as they are read, so that a long list is not held with all its text.
    /// - Throws: what reading the articles throws.
    public func rankedItems<Source: ArticleSource>(from source: Source, options: ExtractionOptions = ExtractionOptions())
        throws(Source.ReadingError) -> RankedItems
    {
        let finder = CandidateFinder(lexicon: lexicon, segmenter: segmenter)
        var counted = try TextCount(source, finder: finder)
        var (table, articles) = try counted.candidates(in: source, finder: finder)
        let text = TextStatistics(articles: articles, wordCount: counted.wordCount)
        // The words of the first reading are let go: what is left is the candidates' and the items' work.
        _ = consume counted
        FreedMemory.giveBack()
        var items = NestedFamilies.folded(judged(table, text: text, options: options), candidates: table) { term in
            // Core named units (formulations, organisations, titles) and idioms, the glossary's set phrases too
            // (变乱交织 in 变乱交织的世界); a core term (伙伴关系) is a part.
            lexicon.word(LexiconKey.of(term)).map { entry in
                entry.isDictionaryIdiom
                    || entry.isInGlossary && entry.glossary.map { $0.kind == .idiom || $0.band == .core && $0.kind != .term } ?? false
            } ?? false
        } outranks: { part, holder in
            // A glossary unit held by a wording the glossary calls read from its parts (提振消费 in 大力提振消费),
            // or by a verb phrase the glossary renders "to …" (内卷式竞争 in 综合整治内卷式竞争): the holder adds a
            // modifier or a verb to the unit a learner learns. A label with its modifiers is a unit of its own and
            // holds its parts (伙伴关系 in 全面战略合作伙伴关系).
            guard let partEntry = glossary(part) else { return false }
            // A compound discovery found (多党合作事业) has no English but its parts': the glossary unit inside it
            // (多党合作) keeps a card of its own.
            guard let holderEntry = glossary(holder) else { return table.candidate(holder)?.origin == .discovered }
            return holderEntry.band == .specialised && partEntry.band != .specialised
                || (holderEntry.isRenderedAsVerb || isVerbBefore(part, in: holder)) && !partEntry.isRenderedAsVerb
        }
        items = SameNames.folded(consume items) { item in
            if item.glossSource == .frame { return Gloss.framed(item.term, lexicon: lexicon) }
            guard let entry = glossary(PartyCongresses.name(in: item.term) ?? item.term) else { return nil }
            // A short form names what its full form names (副总理: 国务院副总理), whatever English it was given.
            if !entry.fullForm.isEmpty, SameNames.isShortening(item.term, of: entry.fullForm), let full = glossary(entry.fullForm) {
                return full.english.first
            }
            return entry.english.first
        } fullForm: { term in
            glossary(term).map(\.fullForm).flatMap { $0.isEmpty ? nil : $0 }
        }
        // The candidates are let go before the list's last stages, which hold it a few times over.
        table = CandidateTable()
        // Equal scores go to the more widely used term (jieba's count of it in general text): of two units
        // this text values alike, the one met more often elsewhere serves the learner more.
        // (Looked up once an item, by its place: the count depends on the term alone.)
        let usage = ChunkedWork.map(items) { lexicon.word(LexiconKey.of($0.term))?.frequency ?? 0 }
        // Terms are distinct, so the order is total and sorting the items' places gives the order sorting the
        // items would, without moving tens of thousands of large values at each step.
        let order = items.indices.sorted { a, b in
            (items[a].score, usage[a], items[b].term) > (items[b].score, usage[b], items[a].term)
        }
        // The items put in that order in place, a cycle of swaps at a time: item `order[i]` goes to place `i`.
        for index in order.indices {
            var source = order[index]
            while source < index { source = order[source] }
            items.swapAt(index, source)
        }
        _ = consume order
        // In rank order, so that of a verb phrase and its unit the one ranked higher keeps the card.
        items = VerbPhrases.folded(consume items) { phrase, unit in
            // A phrase the glossary renders as a noun (脱贫攻坚战: the battle against poverty) is a unit of its own.
            let english = glossary(phrase)?.english.first ?? ""
            let namesAThing = ["the ", "a ", "an "].contains { english.hasPrefix($0) }
            return !namesAThing && isVerbBefore(unit, in: phrase)
        }
        Abbreviations.link(&items, lexicon: lexicon)
        // Composed glosses leave the top 50 first, so that the family rule, applied last, holds in the top 20.
        // Each stage is given the list to consume: tens of thousands of items are not held twice over.
        items = NestedFamilies.diversified(ComposedGlosses.capped(consume items))
        if options.top > 0, items.count > options.top { items.removeSubrange(options.top...) }
        return RankedItems(items: items, lexicon: lexicon)
    }

    /// The items worth a card among the candidates that are no fragments, in no particular order.
    private func judged(_ table: CandidateTable, text: TextStatistics, options: ExtractionOptions) -> [VocabularyItem] {
        let candidates = table.candidates
        let units = Fragments.remaining(in: candidates) { CandidateFinder.isSetUnit($0, lexicon: lexicon) }
        let assessed = ChunkedWork.flatMap(units.count) { range in
            range.compactMap { assess(candidates[units[$0]], number: units[$0], text: text, options: options) }
        }
        return assessed.map { item(of: candidates[Int($0.candidate)], $0, text: text) }
    }

    /// The holder ends with the part after a verb (共建 + 一带一路): the part is what the verb acts on.
    private func isVerbBefore(_ part: String, in holder: String) -> Bool {
        let holder = Array(holder.unicodeScalars)
        let part = Array(part.unicodeScalars)
        guard holder.count >= part.count + 2, Array(holder.suffix(part.count)) == part else { return false }
        let before = holder[(holder.count - part.count - 2)..<(holder.count - part.count)]
        guard let word = lexicon.word(String(scalars: before)), word.partOfSpeech == "v" else { return false }
        // jieba tags some nouns v (互信 "mutual trust" in 睦邻互信伙伴关系): a word that neither CC-CEDICT nor the
        // glossary renders as a verb anywhere (统筹: "to plan an entire project as a whole") is none.
        let facts = word.facts
        let senses = facts.cedict.flatMap(\.senses) + (facts.glossary?.english ?? [])
        return senses.isEmpty || senses.contains { $0.hasPrefix("to ") }
    }

    private func glossary(_ term: String) -> GlossaryEntry? {
        lexicon.word(LexiconKey.of(term))?.glossary
    }

    /// What judging a candidate found worth a card: all an item needs beyond what the candidate holds. Judging on
    /// every core gives these, small, and the items are made from them in one list of their own length: the
    /// items themselves, joined from the cores' lists, were held twice over at the peak of a long text's memory.
    private struct Assessment {
        var candidate: Int32
        var kind: NoteKind
        var glossSource: VocabularyItem.GlossSource
        var parts: VocabularyItem.ScoreParts
    }

    /// Decides whether a candidate (number `number` of the table) is worth a card: nil when it is worth none.
    private func assess(_ candidate: Candidate, number: Int, text: TextStatistics, options: ExtractionOptions) -> Assessment? {
        let term = candidate.term
        guard !options.knownWords.contains(term), let classification = Classification(candidate, lexicon: lexicon) else { return nil }
        if classification.kind == .name, !options.names { return nil }
        if !options.kinds.isEmpty, !options.kinds.contains(classification.kind) { return nil }
        if !classification.isSetUnit, let level = classification.hsk2, level <= options.skipHSKLevel { return nil }
        guard let word = DictionaryText.reportedWord(for: term, lexicon: lexicon) else { return nil }
        // A wording no dictionary has but a fixed frame explains is glossed by its frame, not read from its parts.
        let dictionaryGloss = Gloss.source(of: word)
        let glossSource: VocabularyItem.GlossSource =
            dictionaryGloss == .parts && Gloss.framed(term, lexicon: lexicon) != nil ? .frame : dictionaryGloss

        guard candidate.occurrences.example != nil else { return nil }
        var parts = LearnerValue.parts(candidate, classification, text: text, lexicon: lexicon)
        if !options.explains { parts.explanation = .init(register: [], rarity: [], salience: []) }
        return Assessment(candidate: Int32(truncatingIfNeeded: number), kind: classification.kind, glossSource: glossSource, parts: parts)
    }

    /// The item of an assessed candidate (which has an example).
    private func item(of candidate: Candidate, _ assessment: Assessment, text: TextStatistics) -> VocabularyItem {
        let example = candidate.occurrences.example!
        let source = text.articles[Int(example.article)]
        let parts = assessment.parts
        // The dictionaries' text is written in once the item is known to be shown (`DictionaryText`).
        return VocabularyItem(
            term: candidate.term, traditional: "", pinyin: "", gloss: "", glossSource: assessment.glossSource, kind: assessment.kind,
            score: (parts.register + parts.rarity + parts.salience).rounded(toPlaces: 3), scoreParts: parts,
            example: example.text, highlight: .init(start: Int(example.start), length: Int(example.length)),
            source: .init(title: source.title, file: source.file, date: source.date, line: Int(example.line)),
            occurrences: candidate.occurrences.count,
            classicalSource: nil, note: nil, related: [])
    }
}

/// The text read, as ranking sees it: its articles (what a card says of its source) and how many words it has.
struct TextStatistics {
    var articles: [ArticleContext]
    var wordCount: Int
}

extension Double {
    func rounded(toPlaces places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
