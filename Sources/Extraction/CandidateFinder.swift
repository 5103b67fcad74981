import Lexicon

/// Finds every unit of a text that could make a card: the segmenter's dictionary words, quoted coinages,
/// parallel slogans and enumerations. Judging them is `Extractor`'s work.
struct CandidateFinder {
    let lexicon: Lexicon
    let segmenter: Segmenter

    /// The places of candidates in one sentence (number `number` of the text), given its words and the
    /// compounds found in the whole text that stand in it, in the order the compounds are ranked.
    /// `nested` gives, when the caller knows them, the units inside the sentence's word at an index (the same for
    /// every place of the word: a long text's words are looked up once each, not once a place).
    func places(
        in sentence: ReadSentence, number: Int, words: [Word], compounds: [(compound: CompoundDiscovery.FoundRun, firstWord: Int)],
        nested: ((Int) -> NestedUnits)? = nil
    ) -> SentencePlaces {
        var found = SentencePlaces()
        func add(_ term: String, _ origin: Candidate.Origin, _ occurrence: Occurrence) {
            found.add(term, origin, occurrence)
        }
        for (index, word) in words.enumerated() where word.length >= 2 && word.isHan {
            let text = sentence.text(word.start, word.length)
            add(
                text, .token,
                Occurrence(sentence: number, start: word.start, length: word.length, quoted: sentence.isQuoted(word.start, word.length)))
            guard word.length >= 3 else { continue }
            let inside = nested?(index) ?? NestedUnits(in: text, lexicon: lexicon)
            let isFixed = inside.isFixedExpression
            for unit in inside.units {
                add(
                    sentence.text(word.start + unit.start, unit.length), .nested,
                    Occurrence(
                        sentence: number, start: word.start + unit.start, length: unit.length, quoted: false,
                        nesting: isFixed ? .insideFixedExpression : .insideWord))
            }
        }
        for span in Quotations.spans(in: sentence.scalars) + DocumentTitles.spans(in: sentence.scalars) {
            add(
                sentence.text(span.start, span.length), .quotation,
                Occurrence(sentence: number, start: span.start, length: span.length, quoted: true))
        }
        for span in Slogans.spans(in: sentence.scalars, words: words) {
            add(
                sentence.text(span.start, span.length), .slogan,
                Occurrence(sentence: number, start: span.start, length: span.length, quoted: sentence.isQuoted(span.start, span.length)))
        }
        for span in EnumeratedWordings.spans(in: sentence.scalars, lexicon: lexicon) {
            add(
                sentence.text(span.start, span.length), .token,
                Occurrence(sentence: number, start: span.start, length: span.length, quoted: sentence.isQuoted(span.start, span.length)))
        }
        for span in ParallelSeries.spans(
            in: sentence.scalars, words: words, isSetUnit: isSetUnit, isPlainWord: isPlainWord, isSurname: isSurname,
            isGivenName: isPersonalName)
        {
            add(
                sentence.text(span.start, span.length), .slogan,
                Occurrence(sentence: number, start: span.start, length: span.length, quoted: sentence.isQuoted(span.start, span.length)))
        }
        let headed = HeadedFormulations.spans(
            in: sentence.scalars, words: words, text: { sentence.text($0.start, $0.length) },
            isModifier: isModifier, isPredicate: isVerb, isWholeUnit: isSetUnit)
        let qualities = QualitySeries.spans(in: sentence.scalars, words: words, isSetUnit: isSetUnit)
        let sessions = NumberedSessions.spans(in: sentence.scalars, words: words) { NumberedSessions.isBody($0, lexicon: lexicon) }
        let posts = PlaceTitles.spans(in: sentence.scalars, words: words, isPlace: isPlace) { title in
            lexicon.word(title).map { $0.isInGlossary && $0.glossary?.kind == .title } ?? false
        }
        for span in headed + FixedFrames.spans(in: sentence.scalars, words: words) + qualities + sessions + posts {
            add(
                sentence.text(span.start, span.length), .pattern,
                Occurrence(sentence: number, start: span.start, length: span.length, quoted: sentence.isQuoted(span.start, span.length)))
        }
        for (term, span) in NumberedSessions.elidedPlenums(in: sentence.scalars) + FiveYearPlans.names(in: sentence.scalars) {
            add(term, .pattern, Occurrence(sentence: number, start: span.start, length: span.length, quoted: false))
        }
        for (term, span) in QuotedWordings.spans(
            in: sentence.scalars, words: self.words(of:), units: lexicon.units(inside:),
            isSetUnit: isSetUnit)
        {
            add(term, .token, Occurrence(sentence: number, start: span.start, length: span.length, quoted: false))
        }
        for span in Enumerations.items(in: sentence.scalars, words: words) {
            add(
                sentence.text(span.start, span.length), .enumeration,
                Occurrence(sentence: number, start: span.start, length: span.length, quoted: false))
        }
        for (compound, firstWord) in compounds {
            let start = words[firstWord].start
            let length = words[firstWord + compound.parts.count - 1].end - start
            add(
                compound.text, .discovered,
                Occurrence(sentence: number, start: start, length: length, quoted: sentence.isQuoted(start, length)))
            found.setParts(of: compound.text, to: compound.parts)
        }
        return found
    }

    /// Whether a word can stand before the head of a name (伙伴关系, 命运共同体): a noun or adjective of the
    /// dictionaries or the glossary, not a verb or function word.
    private func isModifier(_ word: String) -> Bool {
        guard !Self.referringWords.contains(word), let entry = lexicon.word(word) else { return false }
        let facts = entry.facts
        if let tag = facts.partOfSpeech, Self.predicateTags.contains(tag) { return false }
        if let glossary = facts.glossary { return glossary.kind != .idiom && !glossary.isRenderedAsVerb }
        return CompoundDiscovery.WordRole(word, facts).isModifier
    }

    /// A verb by jieba's tag (实施, 坚持): where a stance before a policy head begins.
    private func isVerb(_ word: String) -> Bool {
        guard let tag = lexicon.word(word)?.partOfSpeech else { return false }
        return tag.hasPrefix("v") && tag != "vn"
    }

    /// Words that point at a name rather than name it (所谓中国威胁论 is 所谓 + the narrative).
    private static let referringWords: Set<String> = ["所谓", "有关", "相关", "上述", "这种", "各种", "一切", "其他", "新的"]

    /// jieba's tags for verbs, adjectives used as predicates and adverbs: 落实 (a), 开放 (v), 务实 (d).
    private static let predicateTags: Set<String> = ["v", "vd", "vi", "a", "ad", "d"]

    /// A dictionary word that is no glossary unit or idiom: 北京市, 工业, 大学生.
    private func isPlainWord(_ word: String) -> Bool {
        guard let entry = lexicon.word(word), entry.isWord else { return false }
        return !(entry.isInGlossary || entry.isIdiom)
    }

    private func isSetUnit(_ word: String) -> Bool { Self.isSetUnit(word, lexicon: lexicon) }

    /// A character CC-CEDICT gives as a surname (刘: "surname Liu").
    private func isSurname(_ character: Unicode.Scalar) -> Bool {
        guard let entry = lexicon.word(String(character)), entry.isInCedict else { return false }
        return entry.facts.cedict.contains { $0.senses.contains { $0.hasPrefix("surname ") } }
    }

    /// A person's name by jieba's tag (卫东: nr), as given names often are.
    private func isPersonalName(_ word: String) -> Bool { lexicon.word(word)?.partOfSpeech == "nr" }

    /// A place name by jieba's tag (湖南, 上海).
    private func isPlace(_ word: String) -> Bool { lexicon.word(word)?.partOfSpeech == "ns" }

    /// A unit of the glossary or the idiom lists: learned whole wherever it stands.
    static func isSetUnit(_ word: String, lexicon: Lexicon) -> Bool {
        // Keyed as the lexicon keys it: 强国建设、民族复兴伟业 is a unit, written with its 、 or not.
        lexicon.word(LexiconKey.of(word)).map { $0.isInGlossary || $0.isIdiom } ?? false
    }

    /// Formulations, sayings, idioms and the names of organisations are fixed wordings; a glossary term or
    /// title such as 十九大精神 or 党政一把手 is built from parts that are units of their own (十九大, 一把手).
    /// A formulation the glossary renders as a verb phrase (完整、准确、全面贯彻新发展理念 "to fully … apply the new
    /// development philosophy") acts on its units; it does not name them.
    static func isFixedExpression(_ entry: LexiconEntry) -> Bool {
        // The flag first: decoding the entry's records for every long word of a text was a tenth of extracting it.
        if entry.isInGlossary, let glossary = entry.glossary {
            return [.formulation, .saying, .idiom, .organisation].contains(glossary.kind) && !glossary.isRenderedAsVerb
        }
        return entry.isIdiom
    }

    /// The sentence's tokens with scalar offsets (the segmenter gives UTF-8 offsets).
    func words(of sentence: ReadSentence) -> [Word] {
        words(of: sentence.sentence.matchingText)
    }

    func words(of text: String) -> [Word] {
        var scalarAt: [Int] = []
        scalarAt.reserveCapacity(text.utf8.count + 1)
        for (index, scalar) in text.unicodeScalars.enumerated() {
            for _ in 0..<UTF8.width(scalar) { scalarAt.append(index) }
        }
        scalarAt.append(text.unicodeScalars.count)
        return segmenter.segment(text).map { token in
            let start = scalarAt[token.start]
            let end = scalarAt[token.end]
            return Word(start: start, length: end - start, isHan: token.kind == .word)
        }
    }
}

/// The glossary units and idioms inside a word of three characters or more (`Lexicon.units(inside:)`), and
/// whether the word is a fixed expression they are part of the wording of (`CandidateFinder.isFixedExpression`).
struct NestedUnits {
    var isFixedExpression = false
    var units: [(start: Int, length: Int)] = []

    init() {}

    init(in word: String, lexicon: Lexicon) {
        units = lexicon.units(inside: word)
        // Only asked where there are units (the answer tells how they stand in the word).
        if !units.isEmpty { isFixedExpression = lexicon.word(word).map(CandidateFinder.isFixedExpression) ?? false }
    }
}

/// A token of a sentence in scalar offsets.
struct Word: Equatable {
    // 32-bit offsets: a sentence is far shorter than 2³¹ scalars, and a text has millions of words, held at
    // once (12 bytes a word rather than 24).
    private var start32: Int32
    private var length32: Int32
    /// A word of Chinese characters (not a number, Latin word or punctuation).
    var isHan: Bool

    init(start: Int, length: Int, isHan: Bool) {
        start32 = Int32(truncatingIfNeeded: start)
        length32 = Int32(truncatingIfNeeded: length)
        self.isHan = isHan
    }

    var start: Int { Int(start32) }
    var length: Int { Int(length32) }
    var end: Int { start + length }
}

/// A span of a sentence, in scalars.
struct Span: Hashable {
    var start: Int
    var length: Int
}
