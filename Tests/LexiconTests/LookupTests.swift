import Testing

@testable import Lexicon

@Suite struct LookupTests {
    let lexicon = ShippedLexicon.shared

    @Test func classicalSayingWithItsSource() throws {
        let report = try lexicon.report(for: "行百里者半九十")
        #expect(report.pinyin == "xíng bǎilǐ zhě bàn jiǔshí")
        #expect(report.idiom?.source == "《战国策·秦策五》")
        #expect(report.english.contains { $0.contains("ninety li") })
        #expect(report.composed == nil)
    }

    @Test func aSeriesWrittenWithItsCommasIsLookedUpAsTheGlossaryWritesIt() throws {
        // The glossary keys a series without its 、; looked up as the text writes it, it was composed from its
        // parts, its pinyin with a double space where the 、 stood.
        let series = try lexicon.report(for: "和平统一、一国两制")
        #expect(series.word == "和平统一、一国两制" && series.glossary != nil && series.composed == nil)
        #expect(series.pinyin == "hépíng tǒngyī yīguó liǎngzhì")
        let composed = try lexicon.report(for: "科教兴国、人才强国")
        #expect(composed.composed != nil && composed.pinyin == "kējiào xīngguó réncái qiángguó", "\(composed.pinyin)")
    }

    @Test func idiomWithTraditionalForm() throws {
        let report = try lexicon.report(for: "同舟共济")
        #expect(report.traditional == "同舟共濟")
        #expect(report.pinyin == "tóngzhōu gòngjì")
        #expect(report.idiom != nil)
        #expect(report.readings.first?.senses.first?.hasPrefix("cross a river in the same boat") == true)
        #expect(report.glossary?.kind == .idiom)
    }

    @Test(
        "Formulations CC-CEDICT lacks come from the glossary",
        arguments: [
            ("人类命运共同体", "rénlèi mìngyùn gòngtóngtǐ", GlossaryEntry.Domain.diplomacy),
            ("两个一百年", "liǎnggè yībǎi nián", .partyState),  // a number is one word (GB/T 16159), not 一 + 百年
            ("上海精神", "Shànghǎi jīngshén", .diplomacy),
            ("尽锐出战", "jìnruì chūzhàn", .povertyRural),
        ])
    func glossaryFormulation(term: String, pinyin: String, domain: GlossaryEntry.Domain) throws {
        let report = try lexicon.report(for: term)
        #expect(report.pinyin.lowercased() == pinyin.lowercased())
        #expect(report.glossary?.domain == domain)
        #expect(report.glossary?.english.isEmpty == false)
        #expect(report.composed == nil)
    }

    @Test func glossaryTermGetsItsTraditionalFormFromItsParts() throws {
        #expect(try lexicon.report(for: "两个一百年").traditional == "兩個一百年")
        #expect(try lexicon.report(for: "人类命运共同体").traditional == "人類命運共同體")
    }

    @Test func traditionalInputIsReportedUnderItsSimplifiedForm() throws {
        let report = try lexicon.report(for: "同舟共濟")
        #expect(report.word == "同舟共济")
        #expect(report.traditional == "同舟共濟")
        #expect(report.idiom?.source == "《孙子·九地》")
    }

    @Test func hskLevelsAndFrequency() throws {
        let report = try lexicon.report(for: "女儿")
        #expect(report.hsk2 == 1)
        #expect(report.hsk3 == .entry)
        #expect(report.pinyin == "nǚ'ér")
        #expect((report.frequencyRank ?? .max) < 5_000)
    }

    @Test func unknownWordIsComposedFromTheFewestParts() throws {
        // A made-up word (中小金融机构, the old example, is in the glossary now). Longest first would read
        // 新 + 小金 (Xiaojin County) + 融 + 机构: four parts, one of them a name.
        let report = try lexicon.report(for: "新小金融机构")
        #expect(report.composed?.parts.map(\.text) == ["新", "小", "金融机构"])
    }

    @Test func unknownWordIsComposedFromItsLongestParts() throws {
        let report = try lexicon.report(for: "银行同舟")
        let composed = try #require(report.composed)
        #expect(composed.parts.map(\.text) == ["银行", "同舟"] || composed.parts.map(\.text) == ["银行", "同", "舟"])
        #expect(report.pinyin.hasPrefix("yínháng tóng"))
        #expect(report.traditional.hasPrefix("銀行"))
        #expect(!composed.isLiteral)
    }

    @Test func aComposedGlossTakesEachPartsFirstMeaningAndSetsSeriesItemsApart() {
        let part = { (text: String, gloss: String) in Composition.Part(text: text, traditional: text, pinyin: "", gloss: gloss) }
        let series = Composition(
            parts: [part("对", "right; correct"), part("历史", "history"), part("、", ""), part("对", "right; correct"), part("人民", "the people")],
            isLiteral: false)
        #expect(series.gloss == "right + history, right + the people")
        let clauses = Composition(parts: [part("改革", "reform"), part("，", ""), part("开放", "to open up")], isLiteral: false)
        #expect(clauses.gloss == "reform; to open up")
    }

    @Test func polyphoneTakesItsCommonReading() throws {
        #expect(lexicon.entry("行")?.commonReading == "xing2")
        // On its own a character takes the reading the HSK list teaches, not the one of its most frequent word (了解 liǎo).
        #expect(lexicon.entry("了")?.commonReading == "le5")
        #expect(lexicon.entry("都")?.commonReading == "dou1")
    }

    @Test func inputWithoutChineseIsRefused() {
        #expect(throws: LexiconError.notChinese("hello")) { try lexicon.report(for: "hello") }
    }

    @Test func prefixesAreKeysButNotWords() throws {
        let prefix = try #require(lexicon.entry("行百里者"))
        #expect(prefix.isPrefix)
        #expect(lexicon.word("行百里者") == nil || prefix.isWord)
        #expect(lexicon.word("行百里者半九十")?.isIdiom == true)
    }
}
