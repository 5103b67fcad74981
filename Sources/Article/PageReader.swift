/// Reads a page's lines into articles: headline blocks, paragraphs rejoined across hard wraps and column
/// breaks, credits taken out, and a new article wherever a credit closes one or a dateline opens one.
struct PageReader<Lines: LineAccess> {
    let lines: Lines
    let layout: Layout
    let keepLines: Bool
    /// With a size, a long article is handed on in parts of at least that many paragraphs (`ArticleDraft.part`):
    /// a page of reports without credits or datelines is one article of megabytes.
    let partSize: Int?

    /// Paragraphs that stay with the article being read: a dateline can still take the last three as its
    /// headlines, and one more keeps "more than one paragraph" as it was.
    static var unsettledParagraphs: Int { 4 }

    init(lines: Lines, layout: Layout, keepLines: Bool, partSize: Int? = nil) {
        self.lines = lines
        self.keepLines = keepLines
        self.layout = keepLines ? .lineParagraphs : layout
        self.partSize = keepLines ? nil : partSize.map { max($0, 3) }
    }

    func articles() -> [ArticleDraft] {
        var articles: [ArticleDraft] = []
        forEachArticle { articles.append($0) }
        return articles
    }

    /// Calls `body` with each article in page order, as soon as nothing further down the page can change it.
    func forEachArticle(_ body: (ArticleDraft) -> Void) {
        var finished = HeldArticles(distributingHeadlines: !keepLines)
        var current = ArticleDraft()
        var atArticleStart = !keepLines
        var index = 0
        while var line = lines.line(at: index) {
            lines.release(before: index)
            if atArticleStart {
                atArticleStart = false
                if let end = HeadlineBlock.end(in: lines, from: index, layout: layout) {
                    for headline in index..<end {
                        if let line = lines.line(at: headline) { current.headlines.append(line.text) }
                    }
                    index = end
                    continue
                }
            }
            let first = index
            var paragraph = line.text
            // Kept lines are never joined, not even before a line that opens with a comma: one line in, one out.
            // (Past the last line a paragraph ends.)
            while !keepLines, let next = lines.line(at: index + 1),
                !layout.endsParagraph(after: line, next: next, opensParagraph: index == first)
            {
                index += 1
                line = next
                Self.join(&paragraph, next.text)
            }
            index += 1
            if keepLines {
                current.paragraphs.append(paragraph)
            } else if Self.place(paragraph, into: &current, finished: &finished, body) {
                atArticleStart = true
            } else if let partSize, current.paragraphs.count >= partSize + Self.unsettledParagraphs, finished.canHandOnParts(of: current),
                let part = current.handingOnPart(keeping: Self.unsettledParagraphs)
            {
                body(part)
            }
        }
        if !current.isEmpty { finished.append(current, body) }
        finished.finish(body)
    }

    /// Joins a line to the paragraph before it: with nothing between them, as a Chinese line is broken
    /// anywhere, but with a space between two Latin words (not inside a number: a column breaks 6800 as
    /// 68\n00 sooner than it sets two numbers apart by a line break).
    static func join(_ paragraph: inout SourcedText, _ line: SourcedText) {
        if let last = paragraph.last, let first = line.first, last.isLatinAlphanumeric, first.isLatinAlphanumeric,
            !(last.isASCIIDigit && first.isASCIIDigit), let origin = line.origins.first
        {
            paragraph.append(" ", from: origin)
        }
        paragraph.append(line)
    }

    /// Adds a paragraph to the article, taking its credits out; returns whether it closed the article.
    private static func place(
        _ paragraph: SourcedText, into current: inout ArticleDraft, finished: inout HeldArticles, _ body: (ArticleDraft) -> Void
    ) -> Bool {
        var paragraph = paragraph
        if let length = Credit.datelineLength(in: paragraph) {
            // A dateline opens a new article; what stands before it on the page belongs to another one.
            if current.paragraphCount > 0 {
                // Its headlines, if the page printed them just above it, were read as the last paragraphs
                // of the article before. Just above a dateline a line that ends in no punctuation is a headline
                // however long: a web copy's run to 50 characters (习近平在看望参加政协会议的…委员时强调…).
                var headlines: [SourcedText] = []
                while current.paragraphCount > 1, headlines.count < 3, let last = current.paragraphs.last,
                    HeadlineBlock.isHeadlineAboveDateline(last)
                {
                    headlines.insert(current.paragraphs.removeLast(), at: 0)
                }
                // An article that is nothing but such lines was only the headline of this one (the page's first).
                if current.paragraphCount == 1, current.headlines.isEmpty, current.dateline == nil, current.attribution == nil,
                    let only = current.paragraphs.first, HeadlineBlock.isHeadlineAboveDateline(only)
                {
                    headlines.insert(only, at: 0)
                    current = ArticleDraft()
                }
                if !current.isEmpty { finished.append(current, body) }
                current = ArticleDraft(headlines: headlines)
            }
            current.dateline = paragraph[0..<length]
            let body = paragraph.scalars[length...].firstIndex { !$0.isBlank && $0 != "：" } ?? paragraph.count
            paragraph = paragraph[body..<paragraph.count]
            if paragraph.isEmpty { return false }
        }

        let credit: SourcedText
        if Credit.isCredit(paragraph) {
            if current.paragraphCount == 0, current.dateline == nil {
                current.dateline = paragraph  // a byline under the headline: （本报记者 …）
                return false
            }
            credit = paragraph
        } else if let start = Credit.trailingCreditStart(in: paragraph) {
            current.paragraphs.append(paragraph[0..<start])
            credit = paragraph[start..<paragraph.count]
        } else {
            current.paragraphs.append(paragraph)
            return false
        }
        current.attribution = credit
        finished.append(current, body)
        current = ArticleDraft()
        return true
    }
}
