import Testing

@testable import Extraction

/// What a word is, when jieba's tags and the dictionaries disagree; the sentences are written for these tests.
@Suite struct ClassificationTests {
    @Test func aRareWordJiebaTagsAsANameOrAnAdverbIsATermWhenCedictHasItsSense() throws {
        // jieba: 福祉 nr, 拨冗 d; CC-CEDICT: "well-being", "to find time to do sth".
        let items = try ExtractionFixture.items("这事关两国人民福祉。感谢主席拨冗会见。")
        #expect(items.first { $0.term == "福祉" }?.kind == .term)
        #expect(items.first { $0.term == "拨冗" }?.kind == .term)
    }

    @Test func aCommonFunctionWordStaysOut() throws {
        // 务必 (d, 573 in jieba's counts) is an adverb of the clause, not a card.
        let terms = try ExtractionFixture.items("各地务必高度重视。").map(\.term)
        #expect(!terms.contains("务必"))
    }

    @Test func aFractionsFrameIsNoCard() throws {
        // jieba tags 百分之 ("percent") i; it is a numeral of the sentence.
        let terms = try ExtractionFixture.items("预算的百分之二十用于教育，百分之七十用于工资。").map(\.term)
        #expect(!terms.contains("百分之"))
    }

    @Test func aProperNounTaggedNzIsAName() throws {
        // 同安 (jieba nz) is only a district in CC-CEDICT: a name, hidden without --names.
        let terms = try ExtractionFixture.items("中方愿同安方加强合作。").map(\.term)
        #expect(!terms.contains("同安"))
    }

    @Test func aPrepositionAndALocativeFrameNoSetPhrase() throws {
        // jieba marks 在发言中 i; it is 在 … 中 around a word.
        #expect(Classification.isPrepositionalFrame("在发言中"))
        #expect(!Classification.isPrepositionalFrame("迎难而上"))
        let items = try ExtractionFixture.items("他们在发言中表示感谢。")
        #expect(!items.contains { $0.term == "在发言中" && $0.kind == .idiom })
    }

    @Test func aSetPhraseTheTranslatorsJudgedNoUnitIsNoIdiom() throws {
        // jieba marks 从今年起 and 围拢过来 l; the glossary's translators judged them read from their parts
        // (register-skips.tsv), so they are no idiom cards. 迎难而上, marked l too, stays one.
        let items = try ExtractionFixture.items("从今年起，群众纷纷围拢过来。我们要迎难而上。")
        #expect(!items.contains { ($0.term == "从今年起" || $0.term == "围拢过来") && $0.kind == .idiom }, "\(items.map(\.term))")
        #expect(items.contains { $0.term == "迎难而上" && $0.kind == .idiom })
    }

    @Test func aSetPhraseGeneralChineseUsesOftenIsNoIdiom() throws {
        // jieba marks 此时此刻 and 一般来说 l and counts them 206 and 146 times: everyday language, no idiom card.
        let items = try ExtractionFixture.items("此时此刻，一般来说，我们要迎难而上。")
        #expect(!items.contains { ($0.term == "此时此刻" || $0.term == "一般来说") && $0.kind == .idiom }, "\(items.map(\.term))")
        #expect(items.contains { $0.term == "迎难而上" && $0.kind == .idiom })
    }

    @Test func aCompoundTheTranslatorsJudgedReadFromItsPartsIsNoCard() throws {
        // 非洲国家 and 基础设施项目 are compounds the register's discovery found; the glossary's translators judged
        // them compositional (register-skips.tsv), so they were cards glossed "from its parts" and are none now.
        let terms = try ExtractionFixture.items("中方支持非洲国家建设基础设施项目。非洲国家欢迎更多基础设施项目落地。").map(\.term)
        #expect(!terms.contains("非洲国家") && !terms.contains("基础设施项目"), "\(terms)")
    }

    @Test func aTransliteratedNameWithATitleIsNoCompound() throws {
        let terms = try ExtractionFixture.items("拜登总统表示，拜登总统希望两国加强合作。").map(\.term)
        #expect(!terms.contains("拜登总统"))
    }
}
