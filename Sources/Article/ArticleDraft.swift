/// An article while its page is being read: repaired text that still knows where each character came from.
struct ArticleDraft {
    var headlines: [SourcedText] = []
    var dateline: SourcedText?
    var paragraphs: [SourcedText] = []
    var attribution: SourcedText?
    /// Paragraphs of the article already handed on in earlier parts (`handingOnPart`).
    var paragraphsBefore = 0

    var isEmpty: Bool { headlines.isEmpty && dateline == nil && paragraphCount == 0 && attribution == nil }

    /// The article's paragraphs so far, those handed on included.
    var paragraphCount: Int { paragraphsBefore + paragraphs.count }

    /// Whether this is a later part of an article (its headlines and dateline went with the first).
    var isContinuation: Bool { paragraphsBefore > 0 }

    /// Takes the paragraphs that can no longer change, all but the last `unsettled`, out of the article as a part
    /// of it to hand on, or nil when there are none, or when a first part would not yet hold what a card's source
    /// is read from (`ArticleContext`: three paragraphs, and a headline or a sentence that ends in no colon).
    mutating func handingOnPart(keeping unsettled: Int) -> ArticleDraft? {
        let count = paragraphs.count - unsettled
        guard count > 0 else { return nil }
        var part = self
        part.paragraphs = Array(paragraphs[..<count])
        part.attribution = nil
        if !isContinuation {
            guard count >= 3, !headlines.isEmpty || part.paragraphs.contains(where: Self.hasSentenceEndingInNoColon) else { return nil }
        }
        paragraphs.removeFirst(count)
        paragraphsBefore += count
        headlines = []
        dateline = nil
        return part
    }

    private static func hasSentenceEndingInNoColon(_ paragraph: SourcedText) -> Bool {
        SentenceSplitter.ranges(in: paragraph.scalars).contains { range in
            guard let last = paragraph.scalars[range].last else { return false }
            return last != "：" && last != ":"
        }
    }

    /// The finished article: strings for display and matching, sentences, and every origin turned into
    /// the line and column of the file.
    func article(lines table: LineTable) -> Article {
        func location(_ text: SourcedText) -> SourceLocation { table.location(of: text.startOrigin ?? 0) }
        func paragraph(_ text: SourcedText) -> Paragraph {
            Paragraph(text: text.string, matching: text.matchingString, location: location(text))
        }
        func attribution(_ text: SourcedText?) -> Attribution? {
            text.map { Attribution(text: $0.string, location: location($0)) }
        }
        func sentences(_ text: SourcedText, part: Sentence.Part, paragraph: Int) -> [Sentence] {
            SentenceSplitter.ranges(in: text.scalars).map { range in
                Sentence(
                    text: String(scalars: text.scalars[range]),
                    matching: SourcedText.matchingString(text.scalars[range]),
                    location: table.location(of: text.origins[range.lowerBound]),
                    part: part, paragraph: paragraph)
            }
        }
        return Article(
            headlines: headlines.map(paragraph),
            dateline: attribution(dateline),
            paragraphs: paragraphs.map(paragraph),
            attribution: attribution(self.attribution),
            sentences: headlines.enumerated().flatMap { sentences($1, part: .headline, paragraph: $0) }
                + paragraphs.enumerated().flatMap { sentences($1, part: .body, paragraph: paragraphsBefore + $0) })
    }
}
