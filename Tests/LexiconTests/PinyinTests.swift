import Testing

@testable import Lexicon

@Suite struct PinyinTests {
    @Test(
        "The mark goes on a or e, on o in ou, else on the last vowel",
        arguments: [
            ("hao3", "hǎo"), ("lei4", "lèi"), ("dou1", "dōu"), ("gui4", "guì"), ("liu2", "liú"),
            ("zhuang4", "zhuàng"), ("xue2", "xué"), ("shui3", "shuǐ"), ("er2", "ér"), ("ai4", "ài"),
            ("yue4", "yuè"), ("kuo4", "kuò"), ("qiong2", "qióng"),
        ])
    func tonePlacement(numbered: String, marked: String) {
        #expect(Pinyin.markedSyllable(numbered) == marked)
    }

    @Test(
        "ü is written u: or v in numbered pinyin",
        arguments: [
            ("nu:3", "nǚ"), ("lu:4", "lǜ"), ("lv4", "lǜ"), ("lu:e4", "lüè"), ("nu:e4", "nüè"), ("Lu:3", "Lǚ"),
        ])
    func umlaut(numbered: String, marked: String) {
        #expect(Pinyin.markedSyllable(numbered) == marked)
    }

    @Test func neutralToneHasNoMark() {
        #expect(Pinyin.marked("ba4 ba5") == "bà ba")
        #expect(Pinyin.marked("de5") == "de")
    }

    @Test func erhuaJoinsThePreviousSyllable() {
        #expect(Pinyin.marked("yi1 hui4 r5") == "yī huìr")
        #expect(Pinyin.marked("wan2 r5") == "wánr")
    }

    @Test func capitalsAndNonSyllablesAreKept() {
        #expect(Pinyin.marked("Shang4 hai3 He2 zuo4 Zu3 zhi1") == "Shàng hǎi Hé zuò Zǔ zhī")
        #expect(Pinyin.marked("Ma3 ke4 si1 · En1 ge2 si1") == "Mǎ kè sī · Ēn gé sī")
        #expect(Pinyin.marked("K") == "K")
    }

    @Test func syllabicNasalsTakeCombiningMarks() {
        #expect(Pinyin.markedSyllable("m2") == "m\u{0301}")
        #expect(Pinyin.markedSyllable("ng2") == "n\u{0301}g")
    }

    @Test func tonesAreReadBackFromMarks() {
        #expect("tóng zhōu gòng jì ba".split(separator: " ").map { Pinyin.tone(ofMarked: $0) } == [2, 1, 4, 4, 5])
        #expect(Pinyin.tone(ofMarked: "nǚ") == 3)
    }

    @Test("a letter's base, looked up, is its decomposition's: ASCII, Latin letters with tone marks, and beyond")
    func baseLetterIsTheDecomposition() {
        for value in UInt32(0)..<0x3100 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(Pinyin.baseLetter(scalar) == Pinyin.decomposedBaseLetter(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(Pinyin.baseLetter("Ǚ") == "ü" && Pinyin.baseLetter("Á") == "a" && Pinyin.baseLetter("Z") == "z")
    }

    @Test("a numbered syllable loses its tone as marking it and taking the marks off would have it")
    func tonelessIsMarkedThenUnmarked() {
        for initial in ["", "zh", "L", "n", "x", "H"] {
            for final in ["a", "ou", "ve", "u:e", "v", "m", "ng", "r", "iong", "UAN", ":", "u:", "ê", "ǚ", "1"] {
                for tone in ["1", "2", "3", "4", "5", "", "0"] {
                    let syllable = initial + final + tone
                    #expect(Lexicon.toneless(syllable) == Lexicon.markedToneless(syllable), "\(syllable)")
                }
            }
        }
        #expect(Lexicon.toneless("Shang4") == "shang" && Lexicon.toneless("lu:4") == "lü" && Lexicon.toneless("v3") == "v")
    }
}

/// The ASCII shortcuts of marking a syllable's tone (an import of 50,000 terms marks 125,000 syllables) give
/// what Unicode's property tables give.
@Suite("Marking tones without Unicode's tables")
struct PinyinASCIITests {
    @Test("an ASCII scalar is a letter and has its lower case as Unicode's properties say, for all 128")
    func everyASCIIScalar() throws {
        for value in 0..<128 {
            let scalar = try #require(Unicode.Scalar(value))
            #expect(Pinyin.isLetter(scalar) == scalar.properties.isAlphabetic, "\(value)")
            #expect(Pinyin.lowercase(scalar) == (scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar), "\(value)")
        }
    }

    @Test("an ASCII syllable lowered before its tone is marked reads as the marked syllable lowered")
    func lowerCaseMarked() {
        let initials = ["", "b", "zh", "l", "n", "m", "x", "y", "w", "r"]
        let finals = ["a", "ang", "e", "er", "i", "iu", "ou", "ui", "u", "u:", "v", "ve", "ng", "", "uo", "ian", "3"]
        var syllables = ["m2", "ng2", "r5", "V5", "v3", "xx5", "a1b", "5", "K", "e", "Lu:4", "NV3", "hm5", "M2"]
        for initial in initials {
            for final in finals {
                for tone in ["1", "2", "3", "4", "5", ""] {
                    let syllable = initial + final + tone
                    syllables += [syllable, syllable.capitalized, syllable.uppercased()]
                }
            }
        }
        for syllable in syllables {
            #expect(Pinyin.lowerCaseMarked(syllable) == Pinyin.markedSyllable(syllable).lowercased(), "\(syllable)")
        }
        #expect(Pinyin.lowerCaseMarked("Lu:4") == "lǜ")
        #expect(Pinyin.lowerCaseMarked("Zhong1") == "zhōng")
    }
}

@Suite("Capitals in readings")
struct ReadingCapitalTests {
    @Test("a reading starts with a capital as Character.isUppercase says, for ASCII and beyond")
    func sameAsCharacter() throws {
        var readings = ["", "Shang4", "shang4", "Ǎ", "ǎ", "Ü", "ü", "\r\n", "词"]
        for value in 0..<128 { readings.append(String(try #require(Unicode.Scalar(value))) + "a1") }
        for reading in readings {
            #expect(Lexicon.startsWithCapital(reading) == (reading.first?.isUppercase == true), "\(reading)")
        }
    }
}
