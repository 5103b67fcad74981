import Foundation
import Testing

@testable import Lexicon

/// Tifa's own glossary is written by hand: every row must parse, and its pinyin must be a reading that
/// CC-CEDICT gives each character (alone or inside some word), so a typo in a tone is caught.
@Suite struct GlossaryTests {
    static let rows: [(line: Int, text: Substring)] = {
        let text = try! TextTable.read(ShippedLexicon.sources.url("glossary.tsv"))
        var rows: [(Int, Substring)] = []
        TextTable.forEachLine(in: text) { rows.append(($1, $0)) }
        return rows
    }()

    static let readings: [Unicode.Scalar: Set<String>] = {
        let text = try! TextTable.read(ShippedLexicon.sources.url("cedict_ts.u8"))
        var readings: [Unicode.Scalar: Set<String>] = [:]
        TextTable.forEachLine(in: text) { line, _ in
            guard let entry = CedictEntry(line: line) else { return }
            let syllables = entry.pinyin.lowercased().replacingOccurrences(of: "v", with: "u:").split(separator: " ")
            for form in [entry.simplified, entry.traditional] where form.unicodeScalars.count == syllables.count {
                for (character, syllable) in zip(form.unicodeScalars, syllables) {
                    readings[character, default: []].insert(String(syllable))
                }
            }
        }
        return readings
    }()

    @Test func hasAtLeastSixHundredEntries() {
        #expect(Self.rows.count >= 600)
    }

    @Test func everyRowParses() {
        for row in Self.rows {
            #expect(throws: Never.self, "glossary.tsv line \(row.line)") { try GlossaryEntry(row: row.text) }
        }
    }

    @Test func termsAreUnique() {
        var seen: [String: Int] = [:]
        for row in Self.rows {
            let term = String(row.text.prefix { $0 != "\t" })
            #expect(seen[term] == nil, "\(term) on lines \(seen[term] ?? 0) and \(row.line)")
            seen[term] = row.line
        }
    }

    @Test func pinyinFitsTheCharacters() throws {
        for row in Self.rows {
            let entry = try GlossaryEntry(row: row.text)
            let characters = entry.term.unicodeScalars.filter(\.isHan)
            let syllables = entry.pinyin.lowercased().replacingOccurrences(of: "v", with: "u:").split(separator: " ")
            #expect(characters.count == syllables.count, "line \(row.line): \(entry.term) \(entry.pinyin)")
            for (character, syllable) in zip(characters, syllables) {
                #expect(
                    Self.readings[character]?.contains(String(syllable)) == true,
                    "line \(row.line): \(entry.term): \(character) is not read \(syllable)")
            }
        }
    }

    @Test func formulationsExplainThemselves() throws {
        for row in Self.rows {
            let entry = try GlossaryEntry(row: row.text)
            if entry.kind == .formulation { #expect(!entry.note.isEmpty, "line \(row.line): \(entry.term) has no note") }
        }
    }

    /// A full form spells the abbreviation out (中纪委 → 中国共产党中央纪律检查委员会): longer, and Chinese.
    @Test func fullFormsSpellOutTheTerm() throws {
        for row in Self.rows {
            let entry = try GlossaryEntry(row: row.text)
            guard !entry.fullForm.isEmpty else { continue }
            #expect(entry.fullForm.unicodeScalars.count > entry.term.unicodeScalars.count, "line \(row.line): \(entry.term)")
            #expect(entry.fullForm.unicodeScalars.contains { $0.isHan }, "line \(row.line): \(entry.term)")
        }
    }
}
