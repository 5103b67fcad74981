import Foundation
import Testing

import struct Article.SourceLocation

@testable import Article

/// The page the project started from: People's Daily, 2018-06-11, as extracted from the printed PDF.
@Suite struct SeedPageTests {
    let document: Document

    init() throws { document = try Fixture.document(Fixture.seedPage) }

    @Test func givesTwoArticlesWithTheirHeadlines() {
        #expect(document.articles.count == 2)
        #expect(
            document.articles.map { $0.headlines.map(\.text) } == [
                ["习近平对脱贫攻坚工作作出重要指示强调", "万众一心夺取脱贫攻坚战全面胜利"],
                ["王毅就上海合作组织青岛峰会接受媒体采访", "弘扬“上海精神”踏上发展新征程"],
            ])
        #expect(document.articles.map { $0.attribution?.text } == ["（据新华社）", "（据新华社）"])
        #expect(document.articles.map(\.paragraphs.count) == [6, 24])
        #expect(document.encoding == .utf8)
    }

    @Test func keepsTheIdiomWhole() {
        #expect(document.allParagraphs.contains { $0.contains("意义。行百里者半九十。各级党委") })
        #expect(document.allSentences.contains { $0.text == "行百里者半九十。" })
    }

    @Test func rejoinsWordsBrokenAcrossLines() {
        let text = document.allParagraphs.joined()
        #expect(text.contains("习近平主席在峰会上强调"))  // 习\n近平
        #expect(text.contains("构建上合组织命运共同体"))  // 上\n\n合组织, across the column break
        #expect(text.contains("8个成员国、4个观察员国、6个对话伙伴国"))
    }

    @Test func rejoinsTheParagraphSplitByTheColumnBreak() {
        let paragraphs = document.articles[1].paragraphs.map(\.text)
        #expect(paragraphs.contains("习主席提出发展观、安全观、合作观、文明观和全球治理观。这五大观念概括总结了建设新型国际关系的基本理念，为“上海精神”增添了新的时代内涵，赋予了上合组织新的历史使命。"))
        // The next paragraph lost its blank line to the column break; its indent still shows where it starts.
        #expect(paragraphs.contains { $0.hasPrefix("习主席呼吁各方齐心协力构建上合组织命运共同体，推动建设新型国际关系，") })
    }

    @Test func removesTheSpacesAroundNumbers() {
        #expect(document.articles[1].paragraphs[0].text == "6月10日，国务委员兼外交部长王毅在青岛接受媒体采访，介绍上海合作组织青岛峰会成果。")
        #expect(document.articles[0].paragraphs[3].text.hasPrefix("打赢脱贫攻坚战三年行动电视电话会议6月11日上午在京举行。"))
        #expect(document.allParagraphs.contains { $0.contains("占到全球的20%和40%以上") })
    }

    @Test func leavesNoStraySpaces() {
        let texts =
            document.allParagraphs + document.articles.flatMap(\.headlines).map(\.text)
            + document.allSentences.map(\.text)
        #expect(!texts.contains { $0.contains(" ") || $0.contains("\u{3000}") || $0.isEmpty })
    }

    @Test func keepsTheInterviewsQuestionsAndAnswersApart() {
        let paragraphs = document.articles[1].paragraphs.map(\.text)
        #expect(paragraphs.filter { $0.hasPrefix("答：") }.count == 4)
        #expect(paragraphs.filter { $0.contains("、问：") }.map { String($0.prefix(4)) } == ["一、问：", "二、问：", "三、问：", "四、问："])
    }

    @Test func neverStartsASentenceWithAClosingMark() {
        #expect(document.allSentences.count > 80)
        #expect(!document.allSentences.contains { $0.text.unicodeScalars.first!.isClosingMark })
        #expect(document.allSentences.contains { $0.text == "一是突出了“上海精神”。" })
    }

    @Test func pointsEachSentenceAtItsLineAndColumn() throws {
        let original = originalLines(try String(contentsOfFile: Fixture.path(Fixture.seedPage), encoding: .utf8))
        for sentence in document.allSentences {
            let line = original[sentence.location.line - 1]
            #expect(line[sentence.location.column - 1] == sentence.text.unicodeScalars.first, "\(sentence.text)")
        }
        func location(of text: String) -> SourceLocation? { document.allSentences.first { $0.text == text }?.location }
        #expect(location(of: "行百里者半九十。") == SourceLocation(line: 19, column: 16))
        #expect(location(of: "要聚焦深度贫困地区和特殊贫困群体，确保不漏一村不落一人。") == SourceLocation(line: 29, column: 9))
        #expect(location(of: "习近平对脱贫攻坚工作作出重要指示强调") == SourceLocation(line: 1, column: 2))
        #expect(document.articles[1].attribution?.location == SourceLocation(line: 295, column: 12))
    }

    @Test func readsTheGB18030CopyIdentically() throws {
        let gb18030 = try Fixture.document("people-daily-2018-06-11.gb18030.txt")
        #expect(gb18030.encoding == .gb18030)
        #expect(gb18030.articles == document.articles)
        let forced = try Fixture.document("people-daily-2018-06-11.gb18030.txt", options: ReadingOptions(encoding: .gb18030))
        #expect(forced.articles == document.articles)
    }

    @Test func readsTheUTF16CopyWithAByteOrderMarkIdentically() throws {
        let utf16 = try Fixture.document("people-daily-2018-06-11.utf16le-bom.txt")
        #expect(utf16.encoding == .utf16LittleEndian)
        #expect(utf16.articles == document.articles)
    }
}
