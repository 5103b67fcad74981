import Review
import Scheduler
import Testing

@Suite("Typed answers")
struct TypedAnswerTests {
    func check(
        _ typed: String, term: String = "同舟共济", traditional: String? = "同舟共濟",
        pinyin: String = "tóng zhōu gòng jì"
    ) -> TypedAnswer {
        TypedAnswer.check(typed, term: term, traditional: traditional, pinyin: pinyin)
    }

    @Test(
        "pinyin with tone numbers or marks, spaced or not, is right",
        arguments: [
            "tong2 zhou1 gong4 ji4", "tong2zhou1gong4ji4", "tóng zhōu gòng jì", "tóngzhōugòngjì", "Tong2 Zhou1 Gong4 Ji4",
        ])
    func rightPinyin(_ typed: String) {
        let answer = check(typed)
        #expect(answer.proposal == .good)
        #expect(answer.verdict == "right")
        #expect(answer.pieces.allSatisfy { $0.isRight })
    }

    @Test(
        "the answer written by words (tóngzhōu gòngjì) takes any spacing",
        arguments: [
            "tong2 zhou1 gong4 ji4", "tóngzhōu gòngjì", "tóng zhōu gòng jì", "tong2zhou1 gong4ji4", "tóngzhōugòngjì",
        ])
    func answerWrittenByWords(_ typed: String) {
        let answer = check(typed, pinyin: "tóngzhōu gòngjì")
        #expect(answer.verdict == "right")
        #expect(answer.proposal == .good)
        #expect(answer.pieces.map(\.text) == ["tóng", "zhōu", "gòng", "jì"])
    }

    @Test func wrongToneInAnAnswerWrittenByWords() {
        let answer = check("tóngzhōu gǒngjì", pinyin: "tóngzhōu gòngjì")
        #expect(answer.verdict == "1 tone wrong: gǒng should be gòng")
        #expect(answer.proposal == .hard)
        let name = TypedAnswer.check("xi1 an1", term: "西安", traditional: nil, pinyin: "Xī'ān")
        #expect(name.verdict == "right")
        let joined = TypedAnswer.check(
            "renlei mingyun gongtongti", term: "人类命运共同体", traditional: nil,
            pinyin: "rénlèi mìngyùn gòngtóngtǐ")
        #expect(joined.verdict == "right, but without tones")
    }

    @Test("a wrong tone is named; one of several proposes Hard, more or a single syllable Again")
    func wrongTones() {
        let one = check("tong2 zhou1 gong3 ji4")
        #expect(one.verdict == "1 tone wrong: gǒng should be gòng")
        #expect(one.proposal == .hard)
        #expect(one.pieces.map(\.isRight) == [true, true, false, true])
        #expect(one.pieces.map(\.text) == ["tóng", "zhōu", "gǒng", "jì"])
        #expect(check("tong1 zhou1 gong3 ji4").proposal == .again)
        #expect(TypedAnswer.check("lu3", term: "绿", traditional: nil, pinyin: "lǜ").proposal == .again)
    }

    @Test("ü typed as v, u: or ü; the neutral tone as 5 or nothing; erhua joined")
    func spellings() {
        for typed in ["lv4", "lu:4", "lü4", "lǜ"] {
            #expect(TypedAnswer.check(typed, term: "绿", traditional: nil, pinyin: "lǜ").proposal == .good)
        }
        for typed in ["ni3 men5", "ni3 men"] {
            #expect(TypedAnswer.check(typed, term: "你们", traditional: nil, pinyin: "nǐ men").proposal == .good)
        }
        #expect(TypedAnswer.check("yi1 hui4r", term: "一会儿", traditional: nil, pinyin: "yī huìr").proposal == .good)
    }

    @Test("right letters without tones propose Hard; wrong letters Again")
    func lettersOnly() {
        let toneless = check("tongzhougongji")
        #expect(toneless.verdict == "right, but without tones")
        #expect(toneless.proposal == .hard)
        let wrong = check("tong2 zhou1 gong4 qi4")
        #expect(wrong.verdict == "the syllables differ")
        #expect(wrong.proposal == .again)
    }

    @Test("characters: simplified or traditional are right; one wrong character of four proposes Hard")
    func characters() {
        #expect(check("同舟共济").proposal == .good)
        #expect(check("同舟共濟").proposal == .good)
        let slip = check("同州共济")
        #expect(slip.verdict == "1 character wrong: 州 should be 舟")
        #expect(slip.proposal == .hard)
        #expect(slip.pieces.map(\.isRight) == [true, false, true, true])
        #expect(check("同舟").proposal == .again)
        #expect(check("  ").proposal == .again)
    }
}
