import Testing

@testable import Lexicon

/// OpenCC's simplified-to-traditional conversion (`Dictionaries/opencc_st.tsv`): the longest phrase first,
/// then the character's first candidate; and the lookup using it for words CC-CEDICT lacks.
@Suite struct TraditionalConversionTests {
    let lexicon = ShippedLexicon.shared

    @Test(
        "Longest phrase, else the character's first candidate",
        arguments: [
            ("行稳致远", "行穩致遠"),  // 致远 is a phrase: 致 stays 致, not 緻
            ("人类命运共同体", "人類命運共同體"),
            ("发展", "發展"),
            ("头发", "頭髮"),  // 发 by phrase: 髮, not the character's first candidate 發
            ("干部", "幹部"),
            ("干涉", "干涉"),  // 干 stays 干 in this phrase
            ("干净", "乾淨"),
            ("干杯", "乾杯"),
            ("乾隆", "乾隆"),
            ("乾坤", "乾坤"),  // 乾 is no simplified character: it stays
            ("乾", "乾"),
            ("干", "幹"),
            ("以后", "以後"),
            ("皇后", "皇后"),
            ("后", "後"),
            ("习近平新时代中国特色社会主义思想", "習近平新時代中國特色社會主義思想"),
            ("一带一路", "一帶一路"),
            ("APEC会议，2024年", "APEC會議，2024年"),  // what is not Chinese passes through
            ("", ""),
        ])
    func conversion(simplified: String, traditional: String) {
        #expect(lexicon.convertedToTraditional(simplified) == traditional)
    }

    @Test(
        "A word CC-CEDICT lacks takes OpenCC's form, not its parts'",
        arguments: [
            ("行稳致远", "行穩致遠"),
            ("人类命运共同体", "人類命運共同體"),
            ("两个一百年", "兩個一百年"),
        ])
    func lookupOfAWordCedictLacks(word: String, traditional: String) throws {
        #expect(lexicon.word(word)?.cedict.isEmpty != false)
        #expect(try lexicon.report(for: word).traditional == traditional)
    }

    @Test(
        "A CC-CEDICT word keeps its entry's form",
        arguments: [
            ("发展", "發展"), ("干部", "幹部"), ("皇后", "皇后"), ("以后", "以後"), ("同舟共济", "同舟共濟"),
        ])
    func lookupOfACedictWord(word: String, traditional: String) throws {
        #expect(try lexicon.report(for: word).traditional == traditional)
    }

    @Test func openCCPhrasesAreKeysButNoWords() throws {
        // 一松 (一鬆) is a phrase of OpenCC's and no word of Tifa's dictionaries: the segmenter must not see it.
        let phrase = try #require(lexicon.entry("一松"))
        #expect(phrase.convertedForm == "一鬆")
        #expect(!phrase.isWord)
        #expect(!phrase.isPrefix)
        #expect(lexicon.word("一松") == nil)
        #expect(lexicon.entry("后")?.convertedForm == "後")
        #expect(lexicon.entry("皇后")?.convertedForm == "皇后")
    }
}
