import Testing

@testable import Article

/// Headline blocks: the short unpunctuated lines before a body, at the top of a page or of a later article.
@Suite struct HeadlineTests {
    @Test func readsTheHeadlineBlockOfCleanText() throws {
        let document = try Fixture.document("gov-work-report-2017-opening.txt")
        #expect(document.articles.count == 1)
        #expect(
            document.articles[0].headlines.map(\.text) == [
                "政府工作报告", "——2017年3月5日在第十二届全国人民代表大会第五次会议上", "国务院总理李克强",
            ])
        #expect(document.articles[0].paragraphs.first?.text == "各位代表：")
        #expect(document.articles[0].headlines[2].location.line == 3)
    }

    @Test func takesNoHeadlineFromABodyThatStartsWithAParagraph() throws {
        let document = try Fixture.document("gov-work-report-2018.raw-excerpt.txt")
        #expect(document.articles[0].headlines.isEmpty)
        #expect(document.articles[0].paragraphs.first?.text == "各位代表：")
    }

    @Test func readsTheHeadlineBlockThatOpensALaterArticle() throws {
        let text =
            wrapped(Array(reportParagraphs.prefix(2)))
            + "\n\n（据新华社）\n\n国务院常务会议部署\n深化放管服改革\n\n" + wrapped(Array(reportParagraphs.suffix(2)))
        let document = try read(text)
        #expect(document.articles.count == 2)
        #expect(document.articles[0].headlines.isEmpty)
        #expect(document.articles[1].headlines.map(\.text) == ["国务院常务会议部署", "深化放管服改革"])
        #expect(document.articles[1].paragraphs.map(\.text) == Array(reportParagraphs.suffix(2)))
        #expect(document.articles[1].sentences.first?.part == .headline)
        #expect(document.articles[1].sentences.first?.text == "国务院常务会议部署")
    }

    @Test func givesEachArticleTheTopHeadlinesThatMatchItsBody() throws {
        // The seed page prints both articles' headlines first; the second pair goes with the second article.
        let text =
            "脱贫攻坚取得决定性进展\n\n改革开放迈出重大步伐\n\n" + wrapped([reportParagraphs[4]]) + "\n\n（据新华社）\n\n"
            + wrapped([reportParagraphs[3]]) + "\n\n（据新华社）\n"
        let document = try read(text)
        #expect(document.articles.map { $0.headlines.map(\.text) } == [["脱贫攻坚取得决定性进展"], ["改革开放迈出重大步伐"]])
    }
}
