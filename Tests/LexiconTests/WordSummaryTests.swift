import Testing

@testable import Lexicon

/// What a card shows of a word is the report's, without the pinyin of CC-CEDICT's other readings.
@Suite struct WordSummaryTests {
    let lexicon = ShippedLexicon.shared

    @Test func aSummaryIsTheReportLessItsOtherReadings() throws {
        // An idiom with its source, a traditional form, glossary terms CC-CEDICT lacks, words read from parts,
        // a name, a character.
        for word in ["行百里者半九十", "同舟共濟", "人类命运共同体", "两个一百年", "新小金融机构", "银行同舟", "习近平", "女儿", "行"] {
            let report = try lexicon.report(for: word)
            let summary = lexicon.summary(of: try lexicon.reportedWord(word))
            #expect(summary.word == report.word)
            #expect(summary.traditional == report.traditional)
            #expect(summary.pinyin == report.pinyin)
            #expect(summary.glossary == report.glossary)
            #expect(summary.senses == report.readings.first?.senses)
            #expect(summary.idiom == report.idiom)
            #expect(summary.composed == report.composed)
        }
    }
}
