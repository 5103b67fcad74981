/// An article while its page is being read: repaired text that still knows where each character came from.
struct ArticleDraft {
    var headlines: [SourcedText] = []
    var dateline: SourcedText?
    var paragraphs: [SourcedText] = []
    var attribution: SourcedText?

    var isEmpty: Bool { headlines.isEmpty && dateline == nil && paragraphs.isEmpty && attribution == nil }

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
                    text: SourcedText.string(text.scalars[range]),
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
                + paragraphs.enumerated().flatMap { sentences($1, part: .body, paragraph: $0) })
    }
}
