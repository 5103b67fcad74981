import Foundation
import Lexicon
import Testing
import TifaTestSupport

@testable import Extraction

/// The dictionaries' text is written into the items shown, from a summary of each term, no longer from the full
/// report judged for every candidate: the cards must say exactly what the report said.
@Suite struct DictionaryTextTests {
    let lexicon = ExtractionFixture.lexicon

    /// The card's text as extraction wrote it from `lexicon.report(for:)`.
    private func fromReport(_ term: String) throws -> (traditional: String, pinyin: String, gloss: String, source: VocabularyItem.GlossSource) {
        // Asked with the term as the text writes it: a report keeps the 、 of a series and the ， of a couplet in its
        // traditional form and pinyin, as the card does.
        let report = try lexicon.report(for: term)
        let gloss: String
        if let glossary = report.glossary {
            gloss = glossary.english.joined(separator: "; ")
        } else if let reading = report.readings.first {
            gloss = reading.senses.prefix(3).joined(separator: "; ")
        } else if let composed = report.composed {
            gloss = "(\(composed.isLiteral ? "literally" : "from its parts"): \(composed.gloss))"
        } else {
            gloss = ""
        }
        let source: VocabularyItem.GlossSource = report.glossary != nil ? .glossary : report.readings.isEmpty ? .parts : .cedict
        return (report.traditional, report.pinyin, gloss, source)
    }

    @Test func aDecksItemsSayWhatTheirReportsSay() throws {
        let page = ShippedDictionaries.root.appendingPathComponent("Decks/people-daily-2018-06-11/article.txt")
        let items = try ExtractionFixture.items(String(contentsOf: page, encoding: .utf8))
        #expect(items.count > 500)
        // Every way a gloss is made occurs: the glossary's, CC-CEDICT's, and one read from the parts.
        #expect(Set(items.map(\.glossSource)) == [.glossary, .cedict, .parts])
        for item in items where PlusProgrammes.field(of: item.term) == nil {
            let expected = try fromReport(item.term)
            #expect(item.traditional == expected.traditional, "\(item.term)")
            #expect(item.pinyin == expected.pinyin, "\(item.term)")
            #expect(item.gloss == expected.gloss, "\(item.term)")
            #expect(item.glossSource == expected.source, "\(item.term)")
        }
    }
}
