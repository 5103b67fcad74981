import Foundation
import Testing

@testable import Article

/// Where paragraphs end: hard wraps rejoined, column breaks bridged, headings and new paragraphs kept apart.
@Suite struct LayoutTests {
    @Test func infersTheLayoutFromTheLines() throws {
        func layout(_ text: String) -> Layout {
            let scalars = Array(text.unicodeScalars)
            return Layout.infer(SourceLine.lines(of: SourcedText(scalars: scalars, origins: Array(scalars.indices))))
        }
        let seed = try String(contentsOfFile: Fixture.path(Fixture.seedPage), encoding: .utf8)
        #expect(layout(seed) == .wrapped(cells: 34))
        #expect(layout(wrapped(reportParagraphs, width: 15)) == .wrapped(cells: 30))
        let raw = try String(contentsOfFile: Fixture.path("gov-work-report-2018.raw-excerpt.txt"), encoding: .utf8)
        #expect(layout(raw) == .blankLineParagraphs)
        let clean = try String(contentsOfFile: Fixture.path("gov-work-report-2018.clean-excerpt.txt"), encoding: .utf8)
        #expect(layout(clean) == .lineParagraphs)
    }

    @Test func rejoinsHardWrappedParagraphs() throws {
        #expect(try paragraphs(wrapped(reportParagraphs, width: 15)) == reportParagraphs)
        #expect(try paragraphs(wrapped(reportParagraphs, width: 18)) == reportParagraphs)
    }

    @Test func findsParagraphEndsWithoutBlankLines() throws {
        // A short last line that ends a sentence ends the paragraph; so does a full one followed by an indent.
        #expect(try paragraphs(wrapped(reportParagraphs, width: 15, blankLines: false)) == reportParagraphs)
    }

    @Test func bridgesAColumnBreakInMidSentence() throws {
        var lines = wrapped(reportParagraphs, width: 15).components(separatedBy: "\n")
        // Break the first paragraph after its second line, in mid-sentence, as a column break does.
        lines.insert("", at: 2)
        lines.insert("", at: 2)
        #expect(try paragraphs(lines.joined(separator: "\n")) == reportParagraphs)
    }

    @Test func keepsAShortHeadingApartFromWhatFollowsIt() throws {
        let text = wrapped(reportParagraphs, width: 15) + "\n\n二、2018年工作建议\n\n" + wrapped(reportParagraphs, width: 15)
        #expect(try paragraphs(text) == reportParagraphs + ["二、2018年工作建议"] + reportParagraphs)
    }

    @Test func startsAParagraphAtAnAnswerEvenWithoutABlankLine() throws {
        let text = """
            一、问：中方时隔六年再次主办上
            海合作组织峰会，同时，这也是上海合
            作组织扩员后召开的首次峰会，国际
            社会高度关注。您如何看待此次峰会？
            答：同以往的上合会议相比，此次
            青岛峰会可谓规模最大、级别最高，成
            果最多，创造了一系列上合组织的纪
            录。这次是上合扩员后首次召开的峰会。
            """
        let found = try paragraphs(text)
        #expect(found.count == 2)
        #expect(found.last?.hasPrefix("答：同以往的上合会议相比") == true)
    }

    @Test func keepsAClosingMarkWithTheLineBeforeIt() throws {
        let text = """
            习近平指出，打赢脱贫攻坚战，对全面
            建成小康社会、实现“两个一百年。
            ”各级党委和政府要把打赢脱贫攻坚
            战作为重大政治任务，强化中央统筹。
            """
        #expect(
            try paragraphs(text) == [
                "习近平指出，打赢脱贫攻坚战，对全面建成小康社会、实现“两个一百年。”各级党委和政府要把打赢脱贫攻坚战作为重大政治任务，强化中央统筹。"
            ])
    }

    @Test func joinsLinesALinkBrokeInABlankLineSeparatedPage() throws {
        let document = try Fixture.document("gov-work-report-2018.raw-excerpt.txt")
        #expect(
            document.allParagraphs.contains(
                "本作品是中华人民共和国的法律、法规，国家机关的决议、决定、命令和其他具有立法、行政、司法性质的文件，及其官方正式译文。根据《中华人民共和国著作权法》第五条第一项，本作品不适用于该法，在中国大陆，也可能在其他管辖区，属于公有领域。"))
        #expect(document.allParagraphs.contains("各位代表！"))
    }

    @Test func keepsEveryLineOfCleanTextAParagraph() throws {
        let clean = try String(contentsOfFile: Fixture.path("gov-work-report-2018.clean-excerpt.txt"), encoding: .utf8)
        let lines = clean.split(separator: "\n").map(String.init)
        #expect(try paragraphs(clean) == lines)
    }
}
