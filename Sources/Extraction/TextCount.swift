import Article

/// The first reading of a text: its sentences cut into words and counted, for what needs the whole text before
/// any candidate is found: how many words it has, and the compounds new-word discovery finds in it. The words
/// are kept by number until the second reading, which takes each sentence's words from them rather than cutting
/// the sentence again.
struct TextCount {
    /// Chinese words in the text: what a unit's frequency in it is relative to.
    private(set) var wordCount = 0
    /// The compounds found, best first (`CompoundDiscovery`): their rank orders their places in a sentence.
    private var compoundRanks: [WordRun: Int] = [:]
    private var compounds: [CompoundDiscovery.FoundRun] = []
    /// Every token's number, and every sentence as numbers.
    private var words = NumberedWords()
    /// Each numbered token's length in scalars.
    private var lengths: [Int] = []
    /// Sentences whose words cannot be told from their numbers (tokens that do not tile the sentence, or a token
    /// Chinese in one place and not in another): the second reading cuts these again.
    private(set) var cutAgain: Set<Int> = []

    /// Sentences cut into words together: enough for every core to have work, few enough to hold.
    static let batchSize = 2048

    /// Reads `source` once, counting.
    init<Source: ArticleSource>(_ source: Source, finder: CandidateFinder) throws(Source.ReadingError) {
        var batch: [String] = []
        func count() {
            let tokensOfSentences = ChunkedWork.map(batch) { text in
                let scalars = Array(text.unicodeScalars)
                let cut = finder.words(of: text)
                var end = 0
                let tiles = cut.allSatisfy { word in
                    defer { end = word.end }
                    return word.start == end
                }
                return (
                    tokens: cut.map { word in (text: String(scalars: scalars[word.start..<word.end]), isHan: word.isHan) },
                    tiles: tiles && end == scalars.count
                )
            }
            for (tokens, tiles) in tokensOfSentences {
                wordCount += tokens.count { $0.isHan }
                let numbers = tokens.map { words.number(of: $0.text, isHan: $0.isHan) }
                if !tiles || zip(numbers, tokens).contains(where: { words.isHan[Int($0)] != $1.isHan }) {
                    cutAgain.insert(words.sentenceCount)
                }
                words.append(numbers: numbers)
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
        compoundRanks = Dictionary(uniqueKeysWithValues: compounds.indices.map { (compounds[$0].run, $0) })
        lengths = words.words.map(\.unicodeScalars.count)
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

    /// The second reading: every candidate of `source`, and what a card says of each article's source. The
    /// sentences' numbers are let go after it.
    mutating func candidates<Source: ArticleSource>(in source: Source, finder: CandidateFinder) throws(Source.ReadingError)
        -> (table: CandidateTable, articles: [ArticleContext])
    {
        defer { words.forgetSentences() }
        var table = CandidateTable()
        var articles: [ArticleContext] = []
        var batch: [ReadSentence] = []
        var sentenceCount = 0
        func find() {
            let first = sentenceCount - batch.count
            let found = ChunkedWork.map(batch.count) { range in
                range.map { index in
                    let sentence = batch[index]
                    let words = self.words(of: sentence, number: first + index, finder: finder)
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
