import Testing

@testable import Extraction

@Suite struct CompoundDiscoveryTests {
    let discovery = CompoundDiscovery(lexicon: ExtractionFixture.lexicon, thresholds: .article)

    /// Sentences of words no dictionary knows: they make the text long enough for cohesion to mean
    /// something (P(w) / (P(a)·P(b)) grows with the text's length) and are never candidates themselves.
    static let filler = (0..<20).map { number in "甲\(number)乙 丙丁 戊己 。" }

    @Test func aRecurringNounPhraseInVariedCompanyIsACompound() {
        let text = ["推广 数字 技术 ， 稳定 预期", "应用 数字 技术 。", "用好 数字 技术 和 新兴 技术"] + Self.filler
        let found = discovery.compounds(in: ExtractionFixture.words(text))
        let compound = found.first { $0.text == "数字技术" }
        // 3 occurrences; the left neighbours 推广, 应用, 用好 and the right ones ，。和 give log2(3) = 1.58 bits
        // each side. 96 words (16 + 20 × 4 of filler), 技术 4 times: cohesion P(w) / (P(数字)·P(技术)) =
        // (3/96) / ((3/96)·(4/96)) = 24, below the floor of 30.
        #expect(compound == nil)
        let longer = ["推广 数字 技术 ， 稳定 预期", "应用 数字 技术 。", "用好 数字 技术 和 存量 资金"] + Self.filler + Self.filler
        // Now 技术 occurs 3 times among 176 words: (3/176) / ((3/176)(3/176)) = 58.7 ≥ 30.
        let again = discovery.compounds(in: ExtractionFixture.words(longer)).first { $0.text == "数字技术" }
        #expect(again?.parts == ["数字", "技术"])
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
        let text = ["服务业 企业 经营 保持 稳定 。"]
        let found = discovery.compounds(in: ExtractionFixture.words(text)) { $0 == "服务业企业" }
        #expect(found.map(\.text) == ["服务业企业"])
        #expect(discovery.compounds(in: ExtractionFixture.words(text)).isEmpty)
    }

    @Test func aWordClosingOnYuTakesAnObjectAndIsNoPartOfATerm() {
        // jieba tags 致力于 "n" (with its placeholder count) and 深化 "j": both would pass for nouns. Even a run
        // the corpus attested is no compound when it opens with a word on 于.
        let text = ["双方 致力于 深化 关系 。"]
        let found = discovery.compounds(in: ExtractionFixture.words(text)) { $0 == "致力于深化" || $0 == "服务业企业" }
        #expect(found.isEmpty, "\(found.map(\.text))")
    }

    @Test func entropyOfNeighbours() {
        #expect(CompoundDiscovery.entropy(["出台": 1, "实施": 1]) == 1)
        #expect(CompoundDiscovery.entropy(["改革": 3]) == 0)
        #expect(CompoundDiscovery.entropy(["a": 1, "b": 1, "c": 1, "d": 1]) == 2)
        #expect(CompoundDiscovery.entropy([:]) == 0)
    }
}
