import Testing

@testable import Extraction

/// Quoted coinages: a short quotation, or a quoted couplet of clauses of one length; the sentences are written for
/// these tests.
@Suite struct QuotationTests {
    private func quoted(_ sentence: String) -> [String] {
        let scalars = Array(sentence.unicodeScalars)
        return Quotations.spans(in: scalars).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.start + $0.length])) }
    }

    @Test(arguments: [
        ("坚持“上海精神”。", ["上海精神"]),
        ("弘扬“同呼吸、共命运”的精神。", ["同呼吸、共命运"]),
        // A couplet quoted whole is a slogan (Deng Xiaoping to Gorbachev, 1989).
        ("两国领导人举行了“结束过去，开辟未来”的会晤。", ["结束过去，开辟未来"]),
        ("要“不忘初心，牢记使命”。", ["不忘初心，牢记使命"]),
        // Clauses of different lengths, or a long quotation with commas, are speech.
        ("他说：“我们要加强合作，共同发展。”", []),
        ("他说：“合作，共同发展造福人民。”", []),
        // A clause of two characters is too short to make a couplet.
        ("“好，很好”", []),
    ])
    func quotedCoinages(sentence: String, expected: [String]) {
        #expect(quoted(sentence) == expected)
    }

    @Test func aQuotedCoupletIsACard() throws {
        let terms = try ExtractionFixture.items("邓小平同他举行了“结束过去，开辟未来”的高级会晤。").map(\.term)
        #expect(terms.contains("结束过去，开辟未来"), "\(terms)")
    }

    @Test func aQuotedCoupletTakesTheGlossaryEntryItsHalvesMake() throws {
        // The glossary writes the couplet with 、 (合则两利、斗则俱伤), the text with ，: it was glossed from its
        // characters ("to close + but + two + sharp; …").
        let items = try ExtractionFixture.items("双方要认识到“合则两利，斗则俱伤”。")
        let couplet = try #require(items.first { $0.term == "合则两利，斗则俱伤" })
        #expect(couplet.glossSource == .glossary && couplet.gloss.hasPrefix("cooperation benefits both"), "\(couplet.gloss)")
        // The card keeps the text's comma in its traditional form and its pinyin.
        #expect(couplet.traditional == "合則兩利，鬥則俱傷" && couplet.pinyin == "hé zé liǎng lì, dòu zé jù shāng", "\(couplet.pinyin)")
    }

    @Test func aCoupletReadFromItsPartsKeepsItsComma() throws {
        let items = try ExtractionFixture.items("不搞封闭排外的小圈子，不打地缘博弈的小算盘。")
        let slogan = try #require(items.first { $0.term == "不搞封闭排外的小圈子，不打地缘博弈的小算盘" })
        #expect(slogan.pinyin.contains("xiǎoquānzi, bù dǎ") && slogan.traditional.contains("小圈子，不打"), "\(slogan.pinyin)")
        #expect(try ExtractionFixture.lexicon.report(for: slogan.term).pinyin.contains("xiǎoquānzi, bù dǎ"))
    }
}
