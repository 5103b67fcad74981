import Article
import Lexicon
import Testing

@testable import Extraction

/// The first reading's words, kept by number, against the segmenter: the second reading takes each sentence's
/// words from the numbers, and must get what cutting the sentence again gives.
@Suite struct TextCountTests {
    static let page = """
        习近平在上海合作组织成员国元首理事会第十八次会议上的讲话

        　　我们要践行共同、综合、合作、可持续的安全观，摒弃冷战思维、集团对抗，反对以牺牲别国安全换取自身绝对安全的做法。
        　　２０１８年６月１０日，各方就“上海精神”达成共识。人工智能、绿色转型、银发经济发展迅速，GDP增长6.5%。
        """

    @Test func wordsFromNumbersAreTheSegmentersWords() throws {
        let document = try Document(text: Self.page, name: "test.txt")
        let lexicon = ExtractionFixture.lexicon
        let finder = CandidateFinder(lexicon: lexicon, segmenter: Segmenter(lexicon: lexicon))
        let source = DocumentArticles(documents: [document])
        let counted = TextCount(source, finder: finder)
        var sentences: [ReadSentence] = []
        source.forEachArticle { article, _, _ in
            sentences += article.sentences.map { ReadSentence($0, article: 0) }
        }
        #expect(sentences.count >= 4)
        // Every sentence of this page is tiled by its tokens (Latin, digits and full-width marks included).
        #expect(counted.cutAgain.isEmpty)
        for (number, sentence) in sentences.enumerated() {
            let words = counted.words(of: sentence, number: number, finder: finder)
            #expect(words == finder.words(of: sentence), "\(sentence.sentence.text)")
        }
    }
}
