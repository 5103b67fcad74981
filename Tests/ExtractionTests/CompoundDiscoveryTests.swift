@testable import Extraction
import Testing

@Suite struct CompoundDiscoveryTests {
    let discovery = CompoundDiscovery(lexicon: ExtractionFixture.lexicon, thresholds: .article)

    /// Sentences of words no dictionary knows: they make the text long enough for cohesion to mean
    /// something (P(w) / (P(a)·P(b)) grows with the text's length) and are never candidates themselves.
    static let filler = (0..<20).map { number in "甲\(number)乙 丙丁 戊己 。" }

    @Test func aRecurringNounPhraseInVariedCompanyIsACompound() {
        let text = ["出台 增量 政策 ， 稳定 预期", "实施 增量 政策 。", "用好 增量 政策 和 存量 政策"] + Self.filler
        let found = discovery.compounds(in: ExtractionFixture.words(text))
        let compound = found.first { $0.text == "增量政策" }
        // 3 occurrences; the left neighbours 出台, 实施, 用好 and the right ones ，。和 give log2(3) = 1.58 bits
        // each side. 96 words (16 + 20 × 4 of filler), 政策 4 times: cohesion P(w) / (P(增量)·P(政策)) =
        // (3/96) / ((3/96)·(4/96)) = 24, below the floor of 30.
        #expect(compound == nil)
        let longer = ["出台 增量 政策 ， 稳定 预期", "实施 增量 政策 。", "用好 增量 政策 和 存量 资金"] + Self.filler + Self.filler
        // Now 政策 occurs 3 times among 176 words: (3/176) / ((3/176)(3/176)) = 58.7 ≥ 30.
        let again = discovery.compounds(in: ExtractionFixture.words(longer)).first { $0.text == "增量政策" }
        #expect(again?.parts == ["增量", "政策"])
        #expect(again?.occurrences.map(\.sentence) == [0, 1, 2])
    }

    @Test func aRunAlwaysFollowedByTheSameWordIsAFragmentOfALongerOne() {
        let text = ["推进 中小 金融机构 改革 。", "深入 中小 金融机构 改革 ，", "完成 中小 金融机构 改革 和 重组"] + Self.filler + Self.filler
        let found = Set(discovery.compounds(in: ExtractionFixture.words(text)).map(\.text))
        // Right of 中小金融机构 stands 改革 every time: 0 bits. The longer run ends in varied company.
        #expect(!found.contains("中小金融机构"))
        #expect(found.contains("中小金融机构改革"))
    }

    @Test func aRunThatStartsWithAVerbIsAClauseNotATerm() {
        // jieba tags 深化 "j"; CC-CEDICT's first sense "to deepen" shows the verb.
        let text = ["要 深化 改革 ，", "继续 深化 改革 。", "通过 深化 改革 和 开放"] + Self.filler + Self.filler
        let found = discovery.compounds(in: ExtractionFixture.words(text))
        #expect(!found.contains { $0.text == "深化改革" })
    }

    @Test func aCompoundTheCorpusAttestsNeedsOneOccurrence() {
        // 外贸进出口: found in the corpus (register.tsv, "discovered"), in no dictionary (高校毕业生, the example
        // until the glossary took it in, is a word now).
        let text = ["外贸 进出口 保持 稳定 。"]
        let found = discovery.compounds(in: ExtractionFixture.words(text)) { $0 == "外贸进出口" }
        #expect(found.map(\.text) == ["外贸进出口"])
        #expect(discovery.compounds(in: ExtractionFixture.words(text)).isEmpty)
    }

    @Test func entropyOfNeighbours() {
        #expect(CompoundDiscovery.entropy(["出台": 1, "实施": 1]) == 1)
        #expect(CompoundDiscovery.entropy(["改革": 3]) == 0)
        #expect(CompoundDiscovery.entropy(["a": 1, "b": 1, "c": 1, "d": 1]) == 2)
        #expect(CompoundDiscovery.entropy([:]) == 0)
    }
}
