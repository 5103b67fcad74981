import Testing

@testable import Article

/// The spaces PDF extraction leaves, the joins of broken lines, and the ASCII forms kept for matching.
@Suite struct SpacingTests {
    func cleaned(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        return SourceLine.clean(scalars[...], origins: Array(scalars.indices)[...]).string
    }

    @Test func removesSpacesNextToChineseCharactersAndPunctuation() {
        #expect(cleaned("作出重要指示强调， 脱贫攻坚时间紧、") == "作出重要指示强调，脱贫攻坚时间紧、")
        #expect(cleaned("中央党校（国家行政学院） 设分会场。") == "中央党校（国家行政学院）设分会场。")
        #expect(cleaned("“确立人类命运共同体的共同理念” 被写入") == "“确立人类命运共同体的共同理念”被写入")
        #expect(cleaned("携手迈向持久和平、 普遍安") == "携手迈向持久和平、普遍安")
        #expect(cleaned("国务院总理　李克强") == "国务院总理李克强")
    }

    @Test func removesSpacesAroundNumbers() {
        #expect(cleaned("话会议 6 月 11 日上午在京举行。 中共") == "话会议6月11日上午在京举行。中共")
        #expect(cleaned("6月 10 日， 国务委员兼外交部长") == "6月10日，国务委员兼外交部长")
        #expect(cleaned("口总量分别占到全球的 20%和 40%以") == "口总量分别占到全球的20%和40%以")
    }

    @Test func keepsOneSpaceBetweenLatinWords() {
        #expect(cleaned("Public   domain") == "Public domain")
        #expect(cleaned("  \u{3000}\u{3000}新华社 Xinhua News Agency ") == "新华社Xinhua News Agency")
    }

    @Test func dropsInvisibleCharacters() {
        #expect(cleaned("习\u{200B}近平\u{FEFF}") == "习近平")
    }

    @Test func joinsBrokenLinesWithoutASeparatorExceptBetweenLatinWords() throws {
        // A blank-line separated page whose lines a link broke.
        #expect(try paragraphs("上合组织现在已拥有8个成员国、4\n个观察员国。\n\n第二段。\n") == ["上合组织现在已拥有8个成员国、4个观察员国。", "第二段。"])
        #expect(try paragraphs("见维基文库 Public\ndomain 页面。\n\n第二段。\n") == ["见维基文库Public domain页面。", "第二段。"])
        #expect(try paragraphs("共有6800\n多万人。\n\n第二段。\n") == ["共有6800多万人。", "第二段。"])
    }

    @Test func keepsTheOriginalFormsForDisplayAndASCIIFormsForMatching() throws {
        let document = try read("国内生产总值增长６．５％左右，ＧＤＰ突破８０万亿元。\n")
        let paragraph = document.articles[0].paragraphs[0]
        #expect(paragraph.text == "国内生产总值增长６．５％左右，ＧＤＰ突破８０万亿元。")
        #expect(paragraph.matchingText == "国内生产总值增长6．5％左右，GDP突破80万亿元。")
        #expect(paragraph.text.unicodeScalars.count == paragraph.matchingText.unicodeScalars.count)
        #expect(document.articles[0].sentences.map(\.matchingText) == ["国内生产总值增长6．5％左右，GDP突破80万亿元。"])
        // No copy when there is nothing to normalise.
        #expect(try read("行百里者半九十。\n").articles[0].paragraphs[0].matching == nil)
    }
}
