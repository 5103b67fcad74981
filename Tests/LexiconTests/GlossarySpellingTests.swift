import Testing

@testable import Lexicon

/// A glossary unit written without its 的 is the same unit, with the particle's syllable gone from its pinyin.
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
}
