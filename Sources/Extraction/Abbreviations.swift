import Foundation
import Lexicon

/// Links an abbreviation and its full form when both occur (上海合作组织 ↔ 上合组织 ↔ 上合), from the glossary's
/// full forms and CC-CEDICT's "abbr. for" senses.
enum Abbreviations {
    static func link(_ items: inout [VocabularyItem], lexicon: Lexicon) {
        let present = Set(items.map(\.term))
        var related: [String: Set<String>] = [:]
        for item in items {
            for full in fullForms(of: item.term, lexicon: lexicon) where present.contains(full) && full != item.term {
                related[item.term, default: []].insert(full)
                related[full, default: []].insert(item.term)
            }
        }
        for index in items.indices {
            items[index].related += (related[items[index].term].map { $0.sorted() } ?? []).filter { !items[index].related.contains($0) }
        }
    }

    static func fullForms(of term: String, lexicon: Lexicon) -> [String] {
        // Only the glossary and CC-CEDICT name full forms: the flags say whether to decode the records at all.
        guard let entry = lexicon.word(term), entry.isInGlossary || entry.isInCedict else { return [] }
        let facts = entry.facts
        var forms: [String] = []
        if let full = facts.glossary?.fullForm, !full.isEmpty { forms.append(full) }
        for entry in facts.cedict {
            for sense in entry.senses {
                // "abbr. for 上海合作組織|上海合作组织[...]": the simplified form follows the bar.
                guard let range = sense.range(of: "abbr. for ") else { continue }
                let rest = sense[range.upperBound...]
                let form = rest.split(separator: "[").first.map { $0.split(separator: "|").last.map(String.init) ?? String($0) }
                if let form, !form.isEmpty { forms.append(form.trimmingCharacters(in: .whitespaces)) }
            }
        }
        return forms
    }
}
