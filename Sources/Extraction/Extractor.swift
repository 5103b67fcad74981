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
        let finder = CandidateFinder(lexicon: lexicon, segmenter: segmenter)
        var counted = try TextCount(source, finder: finder)
        var (table, articles) = try counted.candidates(in: source, finder: finder)
        let text = TextStatistics(articles: articles, wordCount: counted.wordCount)
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
            guard let partEntry = glossary(part), let holderEntry = glossary(holder) else { return false }
            return holderEntry.band == .specialised && partEntry.band != .specialised
                || (holderEntry.isRenderedAsVerb || isVerbBefore(part, in: holder)) && !partEntry.isRenderedAsVerb
        }
        // The candidates are let go before the list's last stages, which hold it a few times over.
        table = CandidateTable()
        // Equal scores go to the more widely used term (jieba's count of it in general text): of two units
        // this text values alike, the one met more often elsewhere serves the learner more.
        let usage = Dictionary(
            items.map { ($0.term, lexicon.word(LexiconKey.of($0.term))?.frequency ?? 0) },
            uniquingKeysWith: { first, _ in first })
        // Terms are distinct, so the order is total and sorting the items' places gives the order sorting the
        // items would, without moving tens of thousands of large values at each step.
        let order = items.indices.sorted { a, b in
            (items[a].score, usage[items[a].term] ?? 0, items[b].term) > (items[b].score, usage[items[b].term] ?? 0, items[a].term)
        }
        items = order.map { items[$0] }
        _ = consume order
        // In rank order, so that of a verb phrase and its unit the one ranked higher keeps the card.
        items = VerbPhrases.folded(items) { phrase, unit in
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
        ChunkedWork.update(&items) { DictionaryText.written(into: $0, lexicon: lexicon) }
        return items
    }

    /// The items worth a card among the candidates that are no fragments, in no particular order.
    private func judged(_ table: CandidateTable, text: TextStatistics, options: ExtractionOptions) -> [VocabularyItem] {
        let units = Fragments.removed(from: table.candidates) { CandidateFinder.isSetUnit($0, lexicon: lexicon) }
        return ChunkedWork.map(units.count) { range in
            range.compactMap { judge(units[$0], text: text, options: options) }
        }.flatMap { $0 }
    }

    /// The holder ends with the part after a verb (共建 + 一带一路): the part is what the verb acts on.
    private func isVerbBefore(_ part: String, in holder: String) -> Bool {
        let holder = Array(holder.unicodeScalars)
        let part = Array(part.unicodeScalars)
        guard holder.count >= part.count + 2, Array(holder.suffix(part.count)) == part else { return false }
        let before = holder[(holder.count - part.count - 2)..<(holder.count - part.count)]
        return lexicon.word(String(scalars: before))?.partOfSpeech == "v"
    }

    private func glossary(_ term: String) -> GlossaryEntry? {
        lexicon.word(LexiconKey.of(term))?.glossary
    }

    /// Decides whether a candidate is worth a card, and if so builds it.
    private func judge(_ candidate: Candidate, text: TextStatistics, options: ExtractionOptions) -> VocabularyItem? {
        let term = candidate.term
        guard !options.knownWords.contains(term), let classification = Classification(candidate, lexicon: lexicon) else { return nil }
        if classification.kind == .name, !options.names { return nil }
        if !options.kinds.isEmpty, !options.kinds.contains(classification.kind) { return nil }
        if !classification.isSetUnit, let level = classification.hsk2, level <= options.skipHSKLevel { return nil }
        guard let word = DictionaryText.reportedWord(for: term, lexicon: lexicon) else { return nil }
        // A wording no dictionary has but a fixed frame explains is glossed by its frame, not read from its parts.
        let dictionaryGloss = Gloss.source(of: word)
        let glossSource: VocabularyItem.GlossSource = dictionaryGloss == .parts && FixedFrames.gloss(of: term) != nil ? .frame : dictionaryGloss

        guard let example = candidate.occurrences.example else { return nil }
        let source = text.articles[Int(example.article)]
        var parts = LearnerValue.parts(candidate, classification, text: text, lexicon: lexicon)
        if !options.explains { parts.explanation = .init(register: [], rarity: [], salience: []) }
        // The dictionaries' text is written in once the item is known to be shown (`DictionaryText`).
        return VocabularyItem(
            term: term, traditional: "", pinyin: "", gloss: "", glossSource: glossSource, kind: classification.kind,
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
