import Article

/// The first reading of a text: its sentences cut into words and counted, for what needs the whole text before
/// any candidate is found: how many words it has, and the compounds new-word discovery finds in it. The words
/// are kept by number only until discovery is done.
struct TextCount {
    /// Chinese words in the text: what a unit's frequency in it is relative to.
    private(set) var wordCount = 0
    /// The compounds found, best first (`CompoundDiscovery`): their rank orders their places in a sentence.
    private var compoundRanks: [WordRun: Int] = [:]
    private var compounds: [CompoundDiscovery.FoundRun] = []
    /// Every token's number: a sentence's runs of words are looked up by number.
    private var words = NumberedWords()

    /// Sentences cut into words together: enough for every core to have work, few enough to hold.
    static let batchSize = 2048

    /// Reads `source` once, counting.
    init<Source: ArticleSource>(_ source: Source, finder: CandidateFinder) throws(Source.ReadingError) {
        var batch: [String] = []
        func count() {
            let tokensOfSentences = ChunkedWork.map(batch) { text in
                let scalars = Array(text.unicodeScalars)
                return finder.words(of: text).map { word in
                    (text: String(scalars: scalars[word.start..<word.end]), isHan: word.isHan)
                }
            }
            for tokens in tokensOfSentences {
                wordCount += tokens.count { $0.isHan }
                words.append(tokens)
            }
            batch.removeAll(keepingCapacity: true)
        }
        try source.forEachArticle { article, _, _ in
            for sentence in article.sentences {
                batch.append(sentence.matchingText)
                if batch.count == Self.batchSize { count() }
            }
        }
        count()
        // Compounds found statistically in this text, and those Tifa's corpus attests (`register.tsv` counts
        // runs of words that are no dictionary's words: they were found there the same way).
        let lexicon = finder.lexicon
        let corpusMinimum = CompoundDiscovery.Thresholds.corpus.minimumCount
        compounds = CompoundDiscovery(lexicon: lexicon, thresholds: .article).runs(in: words) { text in
            (lexicon.entry(text)?.registerCount ?? 0) >= corpusMinimum
        }
        words.forgetSentences()
        compoundRanks = Dictionary(uniqueKeysWithValues: compounds.indices.map { (compounds[$0].run, $0) })
    }

    /// The compounds that stand in a sentence of these words, in the order of their rank, then of their place.
    func compounds(in sentence: ReadSentence, words sentenceWords: [Word]) -> [(compound: CompoundDiscovery.FoundRun, firstWord: Int)] {
        guard !compoundRanks.isEmpty else { return [] }
        let numbers = sentenceWords.map { word in word.isHan ? words.existingNumber(of: sentence.text(word.start, word.length)) : nil }
        var found: [(rank: Int, firstWord: Int)] = []
        for start in numbers.indices {
            var run = WordRun()
            for end in start..<min(start + CompoundDiscovery.lengths.upperBound, numbers.count) {
                guard let number = numbers[end] else { break }
                run.append(number)
                if end > start, let rank = compoundRanks[run] { found.append((rank, start)) }
            }
        }
        return found.sorted { ($0.rank, $0.firstWord) < ($1.rank, $1.firstWord) }.map { (compounds[$0.rank], $0.firstWord) }
    }

    /// The second reading: every candidate of `source`, and what a card says of each article's source.
    func candidates<Source: ArticleSource>(in source: Source, finder: CandidateFinder) throws(Source.ReadingError)
        -> (table: CandidateTable, articles: [ArticleContext])
    {
        var table = CandidateTable()
        var articles: [ArticleContext] = []
        var batch: [ReadSentence] = []
        var sentenceCount = 0
        func find() {
            let first = sentenceCount - batch.count
            let found = ChunkedWork.map(batch.count) { range in
                range.map { index in
                    let sentence = batch[index]
                    let words = finder.words(of: sentence)
                    return finder.places(in: sentence, number: first + index, words: words, compounds: compounds(in: sentence, words: words))
                }
            }
            for (index, places) in found.flatMap({ $0 }).enumerated() { table.add(places, in: batch[index]) }
            batch.removeAll(keepingCapacity: true)
        }
        try source.forEachArticle { article, file, continuesPrevious in
            // A part of a long article shares the source of its first part.
            if !continuesPrevious || articles.isEmpty { articles.append(ArticleContext(article: article, file: file)) }
            for sentence in article.sentences {
                batch.append(ReadSentence(sentence, article: articles.count - 1))
                sentenceCount += 1
                if batch.count == Self.batchSize { find() }
            }
        }
        find()
        return (table, articles)
    }
}
