import Foundation
import Testing

@testable import Article

/// Saved web pages: the article's text without the page's furniture, entities decoded, blocks as paragraphs.
@Suite struct HTMLTests {
    @Test func readsTheArticleOfASavedPage() throws {
        let document = try Fixture.document("xinhua-article.html")
        let article = try #require(document.articles.first)
        #expect(document.articles.count == 1)
        #expect(article.headlines.map(\.text) == ["习近平对脱贫攻坚工作作出重要指示强调", "万众一心夺取脱贫攻坚战全面胜利"])
        #expect(
            article.paragraphs.map(\.text) == [
                "中共中央总书记、国家主席、中央军委主席习近平近日对脱贫攻坚工作作出重要指示强调，脱贫攻坚时间紧、任务重，必须真抓实干、埋头苦干。",
                "习近平指出，打赢脱贫攻坚战，对全面建成小康社会、实现“两个一百年”奋斗目标具有十分重要的意义。行百里者半九十。",
                "打赢脱贫攻坚战三年行动电视电话会议６月１１日上午在京举行。",
                "会议传达了习近平重要指示和李克强批示，安排部署今后三年脱贫攻坚工作。",
            ])
        #expect(article.paragraphs[2].matchingText == "打赢脱贫攻坚战三年行动电视电话会议6月11日上午在京举行。")
        #expect(article.attribution?.text == "（据新华社）")
        let everything = document.text
        for furniture in ["首页", "广告", "不是正文", "track", "版权所有", "编者注", "text-indent"] {
            #expect(!everything.contains(furniture), "\(furniture)")
        }
    }

    @Test func pointsIntoThePageSource() throws {
        let document = try Fixture.document("xinhua-article.html")
        let source = originalLines(try String(contentsOfFile: Fixture.path("xinhua-article.html"), encoding: .utf8))
        for sentence in document.allSentences {
            #expect(source[sentence.location.line - 1][sentence.location.column - 1] == sentence.text.unicodeScalars.first)
        }
        #expect(document.articles[0].paragraphs[0].location == .init(line: 15, column: 6))
    }

    @Test func readsAPageWithoutAnArticleElement() throws {
        let page = "<html><body><h1>标题</h1><p>第一段&amp;其他。</p><p>第二段<br>第三段&#x3002;</p></body></html>"
        let document = try Document(text: page, name: "page.html")
        #expect(document.articles[0].headlines.map(\.text) == ["标题"])
        #expect(document.allParagraphs == ["第一段&其他。", "第二段", "第三段。"])
        // A .txt file that starts like a page is read as one too; plain text that mentions a tag is not.
        #expect(try Document(text: page, name: "page.txt").allParagraphs == document.allParagraphs)
        #expect(try Document(text: "用<p>标签分段。\n", name: "a.txt").allParagraphs == ["用<p>标签分段。"])
    }
}
