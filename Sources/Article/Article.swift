/// One article of a page: its headlines, its repaired paragraphs, its credits, and its sentences.
public struct Article: Codable, Sendable, Hashable {
    /// The headline block, one entry per printed line (引题, 主题, 副题 …), in page order.
    public var headlines: [Paragraph]
    /// The dateline or byline that opens the article, taken out of its first paragraph.
    public var dateline: Attribution?
    public var paragraphs: [Paragraph]
    /// The source that closes the article, such as （据新华社）.
    public var attribution: Attribution?
    /// Every sentence in reading order: the headlines' first, then the paragraphs'.
    public var sentences: [Sentence]

    public init(
        headlines: [Paragraph] = [], dateline: Attribution? = nil, paragraphs: [Paragraph] = [],
        attribution: Attribution? = nil, sentences: [Sentence] = []
    ) {
        self.headlines = headlines
        self.dateline = dateline
        self.paragraphs = paragraphs
        self.attribution = attribution
        self.sentences = sentences
    }
}
