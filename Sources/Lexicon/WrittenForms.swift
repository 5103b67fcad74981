/// A word's pinyin, written by words as learners' dictionaries print it, and its traditional form: what
/// `Lexicon.report(for:)` says of them, without the rest of the report. Filling the notes of a 50,000-line list
/// needs only these, and writing the pinyin of every CC-CEDICT reading of each word took half the import's time.
public struct WrittenForms: Equatable, Sendable {
    public var pinyin: String
    public var traditional: String
}

extension Lexicon {
    /// The forms `report(for:)` gives `word` (a traditional form is read as its simplified one). Throws for
    /// input with no Chinese characters.
    public func writtenForms(of word: String) throws -> WrittenForms {
        let reported = try reportedWord(word)
        return writtenForms(of: reported.word, facts: reported.facts, cedict: reported.cedict) { composition(of: reported.word) }
    }

    /// The forms of `word` from its facts, its CC-CEDICT entries ordered as a report lists them, and (only asked
    /// for when no dictionary reads the word) its composition from parts.
    func writtenForms(
        of word: String, facts: LexiconFacts, cedict: [CedictEntry],
        composition: () -> Composition
    ) -> WrittenForms {
        let pinyin: String
        // Written by words, as learners' dictionaries print it: rénlèi mìngyùn gòngtóngtǐ.
        if let glossaryEntry = facts.glossary {
            pinyin = writtenPinyin(of: word, reading: glossaryEntry.pinyin, cedict: facts.cedict)
        } else if let first = cedict.first {
            pinyin = writtenPinyin(of: word, reading: first.pinyin, cedict: facts.cedict)
        } else if let idiom = facts.idiom {
            pinyin = writtenPinyin(of: word, reading: idiom.pinyin, cedict: facts.cedict)
        } else {
            pinyin = Self.pinyin(of: composition().parts)
        }
        // Not from the parts' CC-CEDICT forms: 致远 is 致遠 in OpenCC's phrases, 緻遠 read as 致 + 远.
        let traditional = cedict.first?.traditional ?? convertedToTraditional(word)
        return WrittenForms(pinyin: pinyin, traditional: traditional)
    }

    /// The pinyin of a composition: a mark among the parts has no syllable and adds no space, and the ， between a
    /// couplet's clauses is written after the clause it ends (xiǎoquānzi, bù dǎ).
    static func pinyin(of parts: [Composition.Part]) -> String {
        var written = ""
        for part in parts {
            if part.text == "，" {
                written += ","
            } else if !part.pinyin.isEmpty {
                written += (written.isEmpty ? "" : " ") + part.pinyin
            }
        }
        return written
    }
}
