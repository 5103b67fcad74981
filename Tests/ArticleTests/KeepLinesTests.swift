import Foundation
import Testing

@testable import Article

/// --keep-lines: one paragraph per input line, for gold standards aligned line by line.
@Suite struct KeepLinesTests {
    @Test func keepsEveryLineAParagraphAndStillRemovesSpaces() throws {
        let seed = try String(contentsOfFile: Fixture.path(Fixture.seedPage), encoding: .utf8)
        // A final line break ends the last line; it does not start another.
        let lines = seed.split(separator: "\n", omittingEmptySubsequences: false).dropLast(seed.hasSuffix("\n") ? 1 : 0)
        let document = try Fixture.document(Fixture.seedPage, options: ReadingOptions(lines: .keep))
        let paragraphs = document.articles.flatMap(\.paragraphs)

        #expect(document.articles.count == 1)
        #expect(document.articles[0].headlines.isEmpty && document.articles[0].attribution == nil)
        #expect(paragraphs.count == lines.count)
        #expect(paragraphs[0].text == "习近平对脱贫攻坚工作作出重要指示强调")
        #expect(paragraphs.contains { $0.text == "话会议6月11日上午在京举行。中共" })
        #expect(paragraphs.contains { $0.text == "（据新华社）" })
        // Each paragraph is on the line it came from.
        for paragraph in paragraphs {
            let line = lines[paragraph.location.line - 1].filter { !$0.isWhitespace }
            #expect(String(line) == paragraph.text)
        }
    }

    @Test func keepsBlankLinesAsEmptyParagraphs() throws {
        let document = try read("\n第一行\n\n  \n第二行\n\n", keepLines: true)
        let paragraphs = document.articles.flatMap(\.paragraphs)
        #expect(paragraphs.map(\.text) == ["", "第一行", "", "", "第二行", ""])
        #expect(paragraphs.map(\.location.line) == [1, 2, 3, 4, 5, 6])
        #expect(document.text == "\n第一行\n\n\n第二行\n")
        #expect(document.allSentences.map(\.text) == ["第一行", "第二行"])
    }

    @Test func neverJoinsALineThatOpensWithAComma() throws {
        let document = try read("法律\n、法规\n", keepLines: true)
        #expect(document.articles.flatMap(\.paragraphs).map(\.text) == ["法律", "、法规"])
    }

    @Test func splitsSentencesWithinALineOnly() throws {
        let document = try read("奋斗目标具有十分重要的意义。 行百里\n者半九十。\n", keepLines: true)
        #expect(document.allSentences.map(\.text) == ["奋斗目标具有十分重要的意义。", "行百里", "者半九十。"])
    }
}
