import Testing

@testable import Lexicon

@Suite struct SegmenterTests {
    let segmenter = Segmenter(lexicon: ShippedLexicon.shared)

    @Test(
        "Dictionary units come out whole",
        arguments: [
            "行百里者半九十", "人类命运共同体", "上海合作组织", "精准扶贫", "同舟共济", "两个一百年", "三股势力",
        ])
    func unitsAreWhole(unit: String) {
        let words = segmenter.words("我们坚持\(unit)。")
        #expect(words.contains(unit), "\(words)")
    }

    /// The glossary's set phrases (各级党委和政府, 打赢脱贫攻坚战) are units too: longer than a newspaper standard's words.
    @Test func sentenceFromTheSeedPage() {
        #expect(
            segmenter.words("行百里者半九十。各级党委和政府要把打赢脱贫攻坚战作为重大政治任务")
                == ["行百里者半九十", "。", "各级党委和政府", "要", "把", "打赢脱贫攻坚战", "作为", "重大", "政治", "任务"])
    }

    @Test(
        "Numbers, dates and percentages are single tokens",
        arguments: [
            ("２０１８年６月１１日", Token.Kind.number), ("2018年6月11日", .number), ("3.5%", .number), ("8个", .number),
            ("１２３", .number), ("SCO", .latin), ("G20", .latin),
        ])
    func numbersAndLatin(text: String, kind: Token.Kind) {
        let tokens = segmenter.segment("在\(text)召开")
        #expect(tokens.count == 3)
        #expect(tokens[1].text(in: "在\(text)召开") == text[...])
        #expect(tokens[1].kind == kind)
    }

    @Test func yearsInChineseNumeralsAreOneToken() {
        #expect(segmenter.words("新世纪——二○○一年新年") == ["新世纪", "——", "二○○一年", "新年"])
        #expect(segmenter.words("二〇一八年") == ["二〇一八年"])
        #expect(segmenter.words("一年") == ["一年"])
    }

    @Test func classifierAfterADateIsNotTaken() {
        #expect(segmenter.words("6月11日上午") == ["6月11日", "上午"])
    }

    @Test func spacesAreDroppedAndRunsOfAMarkAreOneToken() {
        #expect(segmenter.words("强调， 脱贫——攻坚……") == ["强调", "，", "脱贫", "——", "攻坚", "……"])
    }

    @Test func tokensCoverTheTextExceptSpaces() {
        let text = "王毅说， 8个成员国、4个观察员国和 SCO 的 6 位秘书长出席。\n“上海精神”"
        let joined = segmenter.words(text).joined()
        #expect(joined == text.filter { !$0.isWhitespace })
    }

    @Test func emptyAndOddInput() {
        #expect(segmenter.segment("").isEmpty)
        #expect(segmenter.segment("   \n\t").isEmpty)
        #expect(segmenter.words("😀𠀀a") == ["😀", "𠀀", "a"])
    }
}
