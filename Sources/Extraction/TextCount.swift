import Article

/// The first reading of a text: its sentences cut into words and counted, for what needs the whole text before
/// any candidate is found: how many words it has, and the compounds new-word discovery finds in it. The words
/// are kept by number until the second reading, which takes each sentence's words from them rather than cutting
/// the sentence again.
struct TextCount {
    /// Chinese words in the text: what a unit's frequency in it is relative to.
    private(set) var wordCount = 0
    /// The compounds found, best first (`CompoundDiscovery`): their rank orders their places in a sentence.
    private var compoundRanks = WordRunTable()
    private var compounds: [CompoundDiscovery.FoundRun] = []
    /// Every token's number, and every sentence as numbers.
    private var words = NumberedWords()
    /// Each numbered token's length in scalars.
    private var lengths: [Int] = []
    /// The units inside each numbered Chinese token of three characters or more (none for the others), found once
    /// a token for the second reading.
    private var nested: [NestedUnits] = []
    /// Sentences whose words cannot be told from their numbers (tokens that do not tile the sentence, or a token
    /// Chinese in one place and not in another): the second reading cuts these again.
    private(set) var cutAgain: Set<Int> = []

    /// Sentences cut into words together: enough for every core to have work, few enough to hold. One block of
    /// the numbered words, which the second reading lets go of a batch at a time.
    static let batchSize = NumberedWords.sentencesPerBlock

    /// Reads `source` once, counting. Three stages overlap: a thread reads the sentences ahead, this one cuts a
    /// batch into words on every core, and a third numbers the words of the batch before.
    init<Source: ArticleSource>(_ source: Source, finder: CandidateFinder) throws(Source.ReadingError) {
        let reading = ReadAhead<Source, String>(source, batchSize: Self.batchSize) { article, _, _ in
            article.sentences.map(\.matchingText)
        }
        let cut = HandOff<[CutSentence]>(limit: 2)
        let numbered = Handed<Numbering>()
        let numberer = StageThread {
            // Numbered in a value of the thread's own, handed over at the end.
            var numbering = Numbering()
            while let batch = cut.take() { numbering.add(batch) }
            numbered.value = numbering
        }
        while let batch = reading.next() {
            cut.put(
                ChunkedWork.map(batch) { text in
                    let scalars = Array(text.unicodeScalars)
                    let cut = finder.words(of: text)
                    var end = 0
                    let tiles = cut.allSatisfy { word in
                        defer { end = word.end }
                        return word.start == end
                    }
                    return CutSentence(
                        tokens: cut.map { word in (text: String(scalars: scalars[word.start..<word.end]), isHan: word.isHan) },
                        tiles: tiles && end == scalars.count)
                })
        }
        cut.finish()
        numberer.join()
        try reading.finish()
        guard let numbering = numbered.value.take() else { return }
        words = numbering.words
        words.trim()
        wordCount = numbering.wordCount
        cutAgain = numbering.cutAgain
        // Compounds found statistically in this text, and those Tifa's corpus attests (`register.tsv` counts
        // runs of words that are no dictionary's words: they were found there the same way).
        let lexicon = finder.lexicon
        let corpusMinimum = CompoundDiscovery.Thresholds.corpus.minimumCount
        compounds = CompoundDiscovery(lexicon: lexicon, thresholds: .article).runs(in: words) { text in
            (lexicon.entry(text)?.registerCount ?? 0) >= corpusMinimum
        }
        compoundRanks = WordRunTable(capacity: compounds.count)
        for (rank, compound) in compounds.enumerated() { compoundRanks.set(compound.run, to: Int32(rank)) }
        lengths = words.words.map(\.unicodeScalars.count)
        let (tokens, isHan, lengths) = (words.words, words.isHan, lengths)
        nested = ChunkedWork.flatMap(tokens.count) { range in
            range.map { token in isHan[token] && lengths[token] >= 3 ? NestedUnits(in: tokens[token], lexicon: lexicon) : NestedUnits() }
        }
    }

    /// The words of sentence `number` (`sentence`), as the first reading cut them.
    func words(of sentence: ReadSentence, number: Int, finder: CandidateFinder) -> [Word] {
        guard !cutAgain.contains(number) else { return finder.words(of: sentence) }
        var start = 0
        return words.sentence(number).map { token in
            let word = Word(start: start, length: lengths[Int(token)], isHan: words.isHan[Int(token)])
            start = word.end
            return word
        }
    }

    /// The compounds that stand in sentence `number` (`sentence`) of these words, in the order of their rank, then
    /// of their place.
    func compounds(in sentence: ReadSentence, number: Int, words sentenceWords: [Word])
        -> [(compound: CompoundDiscovery.FoundRun, firstWord: Int)]
    {
        guard !compoundRanks.isEmpty else { return [] }
        // The Chinese words by number: the first reading's, unless it cut the sentence otherwise.
        let numbers =
            cutAgain.contains(number)
            ? sentenceWords.map { word in word.isHan ? words.existingNumber(of: sentence.text(word.start, word.length)) : nil }
            : words.sentence(number).map { token in words.isHan[Int(token)] ? token : nil }
        var found: [(rank: Int, firstWord: Int)] = []
        for start in numbers.indices {
            var run = WordRun()
            for end in start..<min(start + CompoundDiscovery.lengths.upperBound, numbers.count) {
                guard let number = numbers[end] else { break }
                run.append(number)
                if end > start, let rank = compoundRanks[run] { found.append((Int(rank), start)) }
            }
        }
        return found.sorted { ($0.rank, $0.firstWord) < ($1.rank, $1.firstWord) }.map { (compounds[$0.rank], $0.firstWord) }
    }

    /// The second reading: every candidate of `source`, and what a card says of each article's source. The
    /// sentences' numbers are let go after it.
    mutating func candidates<Source: ArticleSource>(in source: Source, finder: CandidateFinder) throws(Source.ReadingError)
        -> (table: CandidateTable, articles: [ArticleContext])
    {
        defer { words.forgetSentences() }
        // Three stages overlap: a thread reads the sentences ahead, this one finds the places of a batch on every
        // core, and a third adds the places of the batch before to the table.
        let contexts = ArticleContexts()
        let reading = ReadAhead<Source, ReadSentence>(source, batchSize: Self.batchSize) { article, file, continuesPrevious in
            // A part of a long article shares the source of its first part.
            if !continuesPrevious || contexts.articles.isEmpty { contexts.articles.append(ArticleContext(article: article, file: file)) }
            let number = contexts.articles.count - 1
            return article.sentences.map { ReadSentence($0, article: number) }
        }
        // One batch's places waiting, one being added: each is a few megabytes.
        let found = HandOff<(sentences: [ReadSentence], places: [SentencePlaces])>(limit: 1)
        let filled = Handed<CandidateTable>()
        let adder = StageThread {
            // Filled as a value of the thread's own, handed over at the end.
            var table = CandidateTable()
            while let (sentences, places) = found.take() {
                for index in sentences.indices { table.add(places[index], in: sentences[index]) }
            }
            filled.value = table
        }
        var sentenceCount = 0
        let nested = self.nested
        while let batch = reading.next() {
            let first = sentenceCount
            let places = ChunkedWork.map(batch.count) { range in
                range.map { index in
                    let sentence = batch[index]
                    let number = first + index
                    let words = self.words(of: sentence, number: number, finder: finder)
                    // The words are the first reading's tokens, unless it cut the sentence otherwise.
                    let tokens = cutAgain.contains(number) ? nil : self.words.sentence(number)
                    return finder.places(
                        in: sentence, number: number, words: words, compounds: compounds(in: sentence, number: number, words: words),
                        nested: tokens.map { tokens in { nested[Int(tokens[tokens.startIndex + $0])] } })
                }
            }.flatMap { $0 }
            found.put((batch, places))
            sentenceCount += batch.count
            words.forgetSentences(before: sentenceCount)
        }
        found.finish()
        adder.join()
        try reading.finish()
        let table = filled.value.take() ?? CandidateTable()
        let articles = contexts.articles
        return (table, articles)
    }
}

/// A sentence cut into words by the first reading: its tokens, and whether they tile it.
private struct CutSentence {
    var tokens: [(text: String, isHan: Bool)]
    var tiles: Bool
}

/// What a stage's thread hands over when it ends, read after the thread is joined.
private final class Handed<Value>: @unchecked Sendable {
    var value: Value?
}

/// The first reading's numbering of the words, done on a thread of its own.
private struct Numbering {
    var words = NumberedWords()
    var wordCount = 0
    var cutAgain: Set<Int> = []

    mutating func add(_ sentences: [CutSentence]) {
        for sentence in sentences {
            wordCount += sentence.tokens.count { $0.isHan }
            let numbers = sentence.tokens.map { words.number(of: $0.text, isHan: $0.isHan) }
            if !sentence.tiles || zip(numbers, sentence.tokens).contains(where: { words.isHan[Int($0)] != $1.isHan }) {
                cutAgain.insert(words.sentenceCount)
            }
            words.append(numbers: numbers)
        }
    }
}

/// What a card says of each article's source, gathered by the reading thread and read after it is joined.
private final class ArticleContexts: @unchecked Sendable {
    var articles: [ArticleContext] = []
}
