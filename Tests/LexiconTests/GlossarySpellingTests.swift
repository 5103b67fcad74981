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

    private func variants(
        _ entry: GlossaryEntry, words: Set<String>, units: Set<String> = [], english: String = "x"
    ) -> [String] {
        var entry = entry
        entry.english = [english]
        return entry.withParticle(isWord: words.contains, isUnit: units.contains).map(\.term)
    }

    @Test func putsTheParticleBetweenTwoPiecesThatNoWordCrosses() {
        let rejuvenation = entry("中华民族伟大复兴", "zhong1 hua2 min2 zu2 wei3 da4 fu4 xing1")
        // 中华|民族 and 中华民|族 cut 中华民族, 中华民族伟|大 cuts 伟大.
        #expect(variants(rejuvenation, words: ["中华民族", "伟大", "复兴"]) == ["中华民族的伟大复兴", "中华民族伟大的复兴"])
        let withParticle = rejuvenation.withParticle(isWord: { _ in false }, isUnit: { _ in false })
        #expect(withParticle.first?.pinyin == "zhong1 hua2 de5 min2 zu2 wei3 da4 fu4 xing1")
        // A word of five characters is no less a word: 马克思|主义 is inside 马克思主义.
        let sinicisation = entry("马克思主义中国化", "Ma3 ke4 si1 zhu3 yi4 Zhong1 guo2 hua4")
        #expect(variants(sinicisation, words: ["马克思主义", "中国化", "马克思", "主义"]) == ["马克思主义的中国化"])
    }

    @Test func leavesTheParticleOutAfterAUnitAndInShortOrListedTerms() {
        // After a unit the term opens with, 的 makes two cards: the unit and what follows.
        let leadership = entry("中国共产党领导", "Zhong1 guo2 Gong4 chan3 dang3 ling3 dao3")
        #expect(!variants(leadership, words: [], units: ["中国共产党"]).contains("中国共产党的领导"))
        #expect(variants(entry("人民利益", "ren2 min2 li4 yi4"), words: []).isEmpty)
        #expect(variants(entry("稳就业、稳外贸", "wen3 jiu4 ye4 、 wen3 wai4 mao4"), words: []).isEmpty)
        var title = entry("国务院副总理", "Guo2 wu4 yuan4 fu4 zong3 li3")
        title.kind = .title
        #expect(variants(title, words: []).isEmpty)
    }

    @Test func aVerbUnitTakesTheParticleOnlyBeforeItsObjectsLastWord() {
        // 发表的重要讲话 is "the important speech delivered", 坚定不移走的和平发展道路 "the path we steadfastly walk".
        let speech = entry("发表重要讲话", "fa1 biao3 zhong4 yao4 jiang3 hua4")
        #expect(variants(speech, words: ["发表", "重要", "讲话"], english: "to deliver an important speech") == ["发表重要的讲话"])
        let path = entry("坚定不移走和平发展道路", "jian1 ding4 bu4 yi2 zou3 he2 ping2 fa1 zhan3 dao4 lu4")
        let pathVariants = variants(
            path, words: ["坚定不移", "走", "和平发展道路", "和平", "发展", "道路"], english: "to stay on the path of peaceful development")
        // 和平发展|道路 is inside the word 和平发展道路, and the other places are not before the object's last word.
        #expect(pathVariants.isEmpty)
        let bottomLine = entry("守住不发生规模性返贫底线", "shou3 zhu4 bu4 fa1 sheng1 gui1 mo2 xing4 fan3 pin2 di3 xian4")
        #expect(
            variants(bottomLine, words: ["守住", "发生", "规模性", "返贫", "底线"], english: "to ensure no large-scale relapse into poverty")
                .contains("守住不发生规模性返贫的底线"))
    }
    @Test func theShippedLexiconReadsTheSpellingWithTheParticle() throws {
        let lexicon = ShippedLexicon.shared
        let written = try #require(lexicon.word("中华民族的伟大复兴")?.glossary)
        #expect(written.english == lexicon.word("中华民族伟大复兴")?.glossary?.english)
        // 中国共产党 keeps its own card: no spelling with 的 is made after a glossary unit, nor inside a word, nor
        // between a verb and its object.
        #expect(lexicon.word("中国共产党的领导")?.glossary == nil)
        #expect(lexicon.word("人类命运的共同体")?.glossary == nil)
        #expect(lexicon.word("发表的重要讲话")?.glossary == nil)
    }
}
