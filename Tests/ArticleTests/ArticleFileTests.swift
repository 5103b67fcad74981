import Foundation
import FuzzSupport
import Testing

@testable import Article

/// `ArticleFile`, which reads a file a block at a time article by article, against `Document`, which reads it
/// whole: the same articles (headlines, paragraphs, credits, sentences and their locations) for every file it
/// takes, and nil for every file it leaves to `Document`.
@Suite struct ArticleFileTests {
    /// The articles of the file, streamed (the parts of a long one put back together), or nil when `ArticleFile`
    /// leaves it to `Document`.
    static func streamedArticles(_ path: String, options: ReadingOptions = ReadingOptions()) throws -> [Article]? {
        guard let file = ArticleFile(path: path, options: options) else { return nil }
        let articles = try joinedParts(of: file)
        // A second reading gives the same (extraction reads its input twice).
        #expect(try joinedParts(of: file) == articles)
        return articles
    }

    /// The articles of the file, each part that continues one added to it: its paragraphs, sentences and credit.
    static func joinedParts(of file: ArticleFile) throws -> [Article] {
        var articles: [Article] = []
        try file.forEachArticle { article, continuesPrevious in
            guard continuesPrevious, var last = articles.popLast() else { return articles.append(article) }
            // A part holds no headline or dateline of its own.
            #expect(article.headlines.isEmpty && article.dateline == nil)
            #expect(last.attribution == nil)
            last.paragraphs += article.paragraphs
            last.sentences += article.sentences
            last.attribution = article.attribution
            articles.append(last)
        }
        return articles
    }

    /// The articles of the text written to a file, by both readers.
    static func bothReadings(_ text: String) throws -> (streamed: [Article]?, whole: [Article]?) {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("article-file-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        return (try streamedArticles(url.path), try? Document(contentsOfFile: url.path).articles)
    }

    @Test func readsTheFixturePagesAsTheDocumentDoes() throws {
        for name in [
            "people-daily-2018-06-11.txt", "gov-work-report-2018.raw-excerpt.txt", "gov-work-report-2018.clean-excerpt.txt",
            "gov-work-report-2017-opening.txt",
        ] {
            let streamed = try #require(try Self.streamedArticles(Fixture.path(name)), "\(name)")
            #expect(streamed == (try Fixture.document(name).articles), "\(name)")
            #expect(!streamed.isEmpty)
        }
    }

    @Test func givesTheTopHeadlinesToTheArticlesAsTheDocumentDoes() throws {
        // The seed page's shape (as in HeadlineTests): both articles' headlines first; the second pair goes with
        // the second article, which the streamed reader has to hold back the first article for.
        let text =
            "脱贫攻坚取得决定性进展\n\n改革开放迈出重大步伐\n\n" + wrapped([reportParagraphs[4]]) + "\n\n（据新华社）\n\n"
            + wrapped([reportParagraphs[3]]) + "\n\n（据新华社）\n"
        let (streamed, whole) = try Self.bothReadings(text)
        #expect(streamed?.map { $0.headlines.map(\.text) } == [["脱贫攻坚取得决定性进展"], ["改革开放迈出重大步伐"]])
        #expect(streamed == whole)
        // A third article, past the ones that can take the two headlines, and one more with a headline of its own.
        let longer =
            text + "\n" + wrapped([reportParagraphs[2]]) + "\n\n（据新华社）\n\n国务院常务会议部署\n\n" + wrapped([reportParagraphs[1]])
        let (streamedLonger, wholeLonger) = try Self.bothReadings(longer)
        #expect(streamedLonger?.count == wholeLonger?.count)
        #expect(streamedLonger == wholeLonger)
    }

    @Test func readsALongFileAcrossItsBlocksWithEveryLineBreak() throws {
        // More than a block (256 KB) of three-byte characters, cut at block boundaries, with CR LF, CR alone, a
        // form feed and U+2028 between lines, and a byte-order mark first.
        var text = "\u{FEFF}"
        var line = 0
        let breaks = ["\n", "\r\n", "\r", "\n\n", "\u{0C}", "\u{2028}", "\r\n\r\n"]
        while text.utf8.count < 700_000 {
            line += 1
            text += "第\(line)段：中华人民共和国 Hello  World，\t中国。" + breaks[line % breaks.count]
            if line % 50 == 0 { text += "（据新华社）\n\n新华社北京6月\(line % 28 + 1)日电\n" }
        }
        let (streamed, whole) = try Self.bothReadings(text)
        #expect(streamed != nil)
        #expect(streamed == whole)
    }

    @Test func handsOnALongArticleInPartsThatMakeTheSameArticle() throws {
        // One line a paragraph, opened by a salutation that ends in a colon (no title from it) and 300 paragraphs
        // long; then two headline-like lines just above a dateline, which the next article takes as its headlines.
        let body = (1...300).map { "第\($0)段，我们要坚持以人民为中心的发展思想。" }
        let text =
            "各位代表：\n" + body.joined(separator: "\n") + "\n短标题一\n短标题二\n新华社北京6月11日电 正文第一句。\n"
            + body.prefix(150).joined(separator: "\n") + "\n（据新华社）\n"
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("article-file-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let file = try #require(ArticleFile(path: url.path, options: ReadingOptions()))
        var parts = 0
        try file.forEachArticle { _, _ in parts += 1 }
        // Two articles, cut into parts of at least 64 paragraphs.
        #expect(parts > 4)
        let whole = try Document(contentsOfFile: url.path).articles
        #expect(whole.count == 2)
        #expect(whole.last?.headlines.map(\.text) == ["短标题一", "短标题二"])
        #expect(try Self.streamedArticles(url.path) == whole)
    }

    @Test func agreesWithTheDocumentOnLongRandomPages() throws {
        let pieces: [String] = [
            "脱贫攻坚取得决定性进展\n", "（据新华社）\n", "新华社北京6月11日电 ", "我们要坚持以人民为中心的发展思想。\n",
            "推进供给侧结构性改革，\n", "各位代表：\n", "\n", "\r\n", "一、加快发展\n",
        ]
        for seed in 0..<UInt64(FuzzBudget.iterations(20)) {
            var random = FuzzRandom(seed: seed &* 0x2C19_0029)
            let text = (0..<(400 + random.below(800))).map { _ in random.pick(pieces) }.joined()
            let (streamed, whole) = try Self.bothReadings(text)
            #expect(streamed == whole, "seed \(seed)")
        }
    }

    @Test func agreesWithTheDocumentOnRandomPages() throws {
        // Lines that every rule of the page reader looks at: headline-like lines, credits, datelines, wrapped
        // and short lines, blank lines and breaks of every kind.
        let pieces: [String] = [
            "脱贫攻坚取得决定性进展", "改革开放迈出重大步伐", "（据新华社）", "新华社北京6月11日电", "本报记者 王明",
            "我们要坚持以人民为中心的发展思想，推进供给侧结构性改革", "。", "，", "一、", "（二）", "　　", " ",
            "\n", "\n\n", "\r\n", "\r", "\u{0C}", "“中国梦”", "2018年6月11日", "人民日报", "——",
        ]
        for seed in 0..<UInt64(FuzzBudget.iterations(200)) {
            var random = FuzzRandom(seed: seed &* 0x2C19_0017)
            let text = (0..<random.below(80)).map { _ in random.pick(pieces) }.joined()
            let (streamed, whole) = try Self.bothReadings(text)
            // Streamed whenever the document reads it, and then article for article the same.
            #expect(streamed == whole, "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test func leavesEverythingElseToTheDocument() throws {
        #expect(try Self.streamedArticles(Fixture.path("people-daily-2018-06-11.gb18030.txt")) == nil)
        #expect(try Self.streamedArticles(Fixture.path("people-daily-2018-06-11.utf16le-bom.txt")) == nil)
        #expect(try Self.streamedArticles(Fixture.path("empty.txt")) == nil)
        #expect(try Self.streamedArticles(Fixture.path("blank.txt")) == nil)
        #expect(try Self.streamedArticles(Fixture.path(Fixture.seedPage), options: ReadingOptions(lines: .keep)) == nil)
        #expect(try Self.streamedArticles(Fixture.path("missing.txt")) == nil)
    }
}
