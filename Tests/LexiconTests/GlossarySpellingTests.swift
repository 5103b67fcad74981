import Testing

@testable import Lexicon

/// A glossary unit written without its 的, or with one between modifier and head, is the same unit, with the
/// particle's syllable gone from its pinyin or put in.
@Suite struct GlossarySpellingTests {
    private func entry(_ term: String, _ pinyin: String) -> GlossaryEntry {
        GlossaryEntry(term: term, pinyin: pinyin, english: ["x"], domain: .diplomacy, kind: .formulation, note: "", fullForm: "")
    }

    @Test func dropsTheParticleAndItsSyllable() throws {
        let variant = try #require(entry("站在历史正确的一边", "zhan4 zai4 li4 shi3 zheng4 que4 de5 yi1 bian1").withoutParticle)
        #expect(variant.term == "站在历史正确一边")
        #expect(variant.pinyin == "zhan4 zai4 li4 shi3 zheng4 que4 yi1 bian1")
    }

    @Test func leavesOtherTermsAlone() {
        // Two particles; 的 at the start; a 的 that is not the particle de5 (有的放矢 di4); a result under four.
        #expect(entry("党的建设新的伟大工程", "dang3 de5 jian4 she4 xin1 de5 wei3 da4 gong1 cheng2").withoutParticle == nil)
        #expect(entry("的确如此啊", "di2 que4 ru2 ci3 a5").withoutParticle == nil)
        #expect(entry("有的放矢之策", "you3 di4 fang4 shi3 zhi1 ce4").withoutParticle == nil)
        #expect(entry("我的家人", "wo3 de5 jia1 ren2").withoutParticle == nil)
    }

    @Test func theShippedLexiconFindsBothSpellings() throws {
        let lexicon = ShippedLexicon.shared
        let written = try #require(lexicon.word("站在历史正确的一边")?.glossary)
        let dropped = try #require(lexicon.word("站在历史正确一边")?.glossary)
        #expect(dropped.english == written.english)
        #expect(dropped.term == "站在历史正确一边")
    }

    @Test func putsTheParticleBetweenTwoPiecesThatNoWordCrosses() {
        let words: Set = ["中华民族", "伟大", "复兴", "民族", "中华", "华民"]
        let variants = entry("中华民族伟大复兴", "zhong1 hua2 min2 zu2 wei3 da4 fu4 xing1").withParticle(
            isWord: words.contains, isUnit: { _ in false })
        // 中华|民族 cuts 华民, 中华民|族 cuts 民族 and 中华民族伟|大 cuts 伟大.
        #expect(variants.map(\.term) == ["中华民族的伟大复兴", "中华民族伟大的复兴"])
        #expect(variants.first?.pinyin == "zhong1 hua2 min2 zu2 de5 wei3 da4 fu4 xing1")
    }

    @Test func leavesTheParticleOutAfterAUnitAndInShortOrListedTerms() {
        let afterUnit = entry("中国共产党领导", "Zhong1 guo2 Gong4 chan3 dang3 ling3 dao3").withParticle(
            isWord: { _ in false }, isUnit: { $0 == "中国共产党" })
        #expect(!afterUnit.map(\.term).contains("中国共产党的领导"))
        #expect(entry("人民利益", "ren2 min2 li4 yi4").withParticle(isWord: { _ in false }, isUnit: { _ in false }).isEmpty)
        var verbPhrase = entry("发表重要讲话", "fa1 biao3 zhong4 yao4 jiang3 hua4")
        verbPhrase.english = ["to deliver an important speech"]
        let verbVariants = verbPhrase.withParticle(isWord: { ["发表", "重要", "讲话"].contains($0) }, isUnit: { _ in false }).map(\.term)
        // 发表的重要讲话 would be "the important speech delivered"; inside the object the particle may stand.
        #expect(verbVariants == ["发表重要的讲话"])
        #expect(entry("稳就业、稳外贸", "wen3 jiu4 ye4 、 wen3 wai4 mao4").withParticle(isWord: { _ in false }, isUnit: { _ in false }).isEmpty)
    }

    @Test func theShippedLexiconReadsTheSpellingWithTheParticle() throws {
        let lexicon = ShippedLexicon.shared
        let written = try #require(lexicon.word("中华民族的伟大复兴")?.glossary)
        #expect(written.english == lexicon.word("中华民族伟大复兴")?.glossary?.english)
        // 中国共产党 keeps its own card: no spelling with 的 is made after a glossary unit.
        #expect(lexicon.word("中国共产党的领导")?.glossary == nil)
    }
}
