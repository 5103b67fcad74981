import Testing

@testable import Extraction

/// Glossary wordings with quotation marks inside them; the sentences are written for these tests.
@Suite struct QuotedWordingTests {
    @Test func aWordingIsFoundAcrossItsQuotationMarks() throws {
        let items = try ExtractionFixture.items("要形成既“放得活”又“管得住”的经济秩序。")
        let wording = try #require(items.first { $0.term == "既放得活又管得住" })
        // The example marks the wording as the text writes it, marks included.
        let example = Array(wording.example.unicodeScalars)
        let marked = String(String.UnicodeScalarView(example[wording.highlight.start..<wording.highlight.start + wording.highlight.length]))
        #expect(marked == "既“放得活”又“管得住”")
    }

    @Test func aUnitTheWordingHoldsAcrossAMarkIsFoundToo() throws {
        // 综合整治内卷式竞争 is a glossary verb phrase; 内卷式竞争, the unit it acts on, keeps its card.
        let terms = try ExtractionFixture.items("综合整治“内卷式”竞争，规范地方政府和企业行为。").map(\.term)
        #expect(terms.contains("内卷式竞争"), "\(terms)")
    }

    @Test func quotationMarksAroundAWholeUnitChangeNothing() {
        let scalars = Array("推动“一带一路”建设。".unicodeScalars)
        let found = QuotedWordings.spans(in: scalars, words: { _ in [] }, units: { _ in [] }, isSetUnit: { _ in true })
        #expect(found.isEmpty)
    }
}
