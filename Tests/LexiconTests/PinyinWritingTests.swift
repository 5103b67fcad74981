import Testing

@testable import Lexicon

/// Pinyin as learners' dictionaries print it (GB/T 16159-2012): syllables of a word joined, words apart,
/// proper names capitalised; and the syllables read back out of it.
@Suite struct PinyinWritingTests {
    let lexicon = ShippedLexicon.shared

    @Test(
        "Words from the lexicon, capitals from CC-CEDICT and the glossary",
        arguments: [
            ("人类命运共同体", "rénlèi mìngyùn gòngtóngtǐ"),
            ("上海合作组织", "Shànghǎi Hézuò Zǔzhī"),  // the glossary writes he2 zuo4 zu3 zhi1, CC-CEDICT He2 zuo4 Zu3 zhi1
            ("一带一路", "Yīdài Yīlù"),
            ("上海精神", "Shànghǎi jīngshén"),
            ("中国共产党", "Zhōngguó Gòngchǎndǎng"),
            ("习近平", "Xí Jìnpíng"),
            // A name inside a term the glossary reads in lower case is written as CC-CEDICT writes it alone (it was
            // yǐ Xíjìnpíng … Dǎngzhōngyāng).
            ("以习近平同志为核心的党中央", "yǐ Xí Jìnpíng tóngzhì wéi héxīn de Dǎng Zhōngyāng"),
            ("同舟共济", "tóngzhōu gòngjì"),
            ("发展", "fāzhǎn"),
            ("共同体", "gòngtóngtǐ"),
            ("西安", "Xī'ān"),
            ("一会儿", "yīhuìr"),
            ("女儿", "nǚ'ér"),
            // 展 is also the surname Zhǎn in CC-CEDICT; the ordinary reading is lower case.
            ("展", "zhǎn"),
            ("各展所长", "gè zhǎn suǒcháng"),
            // 天长 is a city (Tiāncháng), but CC-CEDICT reads the idiom in lower case.
            ("天长地久", "tiāncháng dìjiǔ"),
            // Four characters that make no two words: a name CC-CEDICT capitalises once is one word; 的 between
            // words stays apart (they were Bālè sītǎn and dǎngde lǐngdǎo); a set phrase is read two and two.
            ("巴勒斯坦人民", "Bālèsītǎn rénmín"),
            ("党的领导", "dǎng de lǐngdǎo"),
            ("一国两制", "yīguó liǎngzhì"),
            // A conjunction between two words is written apart, not read two and two as in an idiom.
            ("党和国家领导人", "dǎng hé guójiā lǐngdǎorén"),
            ("风和日丽", "fēnghé rìlì"),
            // No word begins or ends inside a number (jieba's 第十 and 五个 would cut 十五).
            ("第十五个五年规划", "dì shíwǔ gè wǔnián guīhuà"),
            // A number of two or three numerals is one word, listed or not; 亿 is a word of its own.
            ("七十七国集团", "Qīshíqī Guó Jítuán"),
            ("十四亿", "shísì yì"),
            // In four characters, an idiom with three numerals is still read two and two.
            ("零七八碎", "língqī bāsuì"),
            // 一 after 一 is no number: 统一 keeps its reading (it was tǒng yīyī guó, the series read without its 、).
            ("和平统一一国两制", "hépíng tǒngyī yīguó liǎngzhì"),
        ])
    func lookupPinyin(word: String, pinyin: String) throws {
        #expect(try lexicon.report(for: word).pinyin == pinyin)
    }

    @Test func readingThatDoesNotFitTheCharactersIsOnlyMarked() {
        #expect(lexicon.writtenPinyin(of: "卡拉OK", reading: "ka3 la1 O K") == "kǎ lā O K")
        #expect(lexicon.writtenPinyin(of: "发展", reading: "fa1") == "fā")
    }

    @Test func syllablesAreJoinedAsWrittenWithApostrophes() {
        #expect(Pinyin.written(["Xi1", "an1"], words: [0..<2], capitalised: [0]) == "Xī'ān")
        #expect(Pinyin.written(["tong2", "zhou1", "gong4", "ji4"], words: [0..<2, 2..<4], capitalised: []) == "tóngzhōu gòngjì")
        #expect(Pinyin.written(["Shang4", "hai3"], words: [0..<1, 1..<2], capitalised: []) == "shàng hǎi")
    }

    @Test(
        "Syllables read back out of written words",
        arguments: [
            ("rénlèi", ["rén", "lèi"]),
            ("gòngtóngtǐ", ["gòng", "tóng", "tǐ"]),
            ("Shànghǎi", ["Shàng", "hǎi"]),
            ("Xī'ān", ["Xī", "'", "ān"]),
            ("nǚ'ér", ["nǚ", "'", "ér"]),
            ("yīhuìr", ["yī", "huìr"]),
            ("èrshí", ["èr", "shí"]),
            ("shēnrù", ["shēn", "rù"]),
            ("xīnshídài", ["xīn", "shí", "dài"]),
            ("fāngàn", ["fān", "gàn"]),
            ("liǎngàn", ["liǎn", "gàn"]),
            ("Zhōngguó", ["Zhōng", "guó"]),
            ("tong2zhou1", ["tong", "2", "zhou", "1"]),
            ("tóng", ["tóng"]),
            ("", []),
        ])
    func syllables(word: String, expected: [String]) {
        #expect(Pinyin.syllables(in: word[...]).map(String.init) == expected)
    }
}
