/// What the lexicon knows about one key, read from the index on demand.
public struct LexiconEntry: Sendable {
    let index: LexiconIndex
    let id: Int

    public var key: String { index.key(id) }
    var flags: LexiconImage.Flags { index.flags(id) }

    /// A word of some dictionary (not only a prefix of one).
    public var isWord: Bool { flags.contains(.word) }
    /// Some longer word starts with this key.
    public var isPrefix: Bool { flags.contains(.prefix) }
    /// In the Xinhua idiom list, marked (idiom) in CC-CEDICT, or tagged idiom by jieba.
    public var isIdiom: Bool { !flags.isDisjoint(with: [.xinhuaIdiom, .cedictIdiom, .jiebaIdiom]) }
    /// Tagged as a set phrase (l) in jieba's dictionary.
    public var isSetPhrase: Bool { flags.contains(.jiebaSetPhrase) }
    public var isInGlossary: Bool { flags.contains(.glossary) }
    public var isInCedict: Bool { flags.contains(.cedict) }

    /// The count in jieba's frequency list (0 when the word is not in it).
    public var frequency: Int { Int(index.frequency(id)) }
    /// 1 for the most frequent word of jieba's list; nil when the word is not in it.
    public var frequencyRank: Int? { let rank = index.rank(id); return rank == 0 ? nil : Int(rank) }
    public var hsk2: Int? { let level = index.hsk2(id); return level == 0 ? nil : Int(level) }
    public var hsk3: HSKBand? { HSKBand(code: index.hsk3(id)) }

    private func records(_ kind: LexiconImage.Record) -> [[Substring]] {
        guard flags.contains(.word) || kind == .reading else { return [] }
        return index.payload(id).split(separator: "\n").compactMap { line in
            guard line.first == kind.rawValue else { return nil }
            return Array(TextTable.fields(line).dropFirst())
        }
    }

    public var cedict: [CedictEntry] {
        records(.cedict).compactMap { fields in
            guard fields.count == 4 else { return nil }
            return CedictEntry(traditional: String(fields[0]), simplified: String(fields[1]), pinyin: String(fields[2]),
                               senses: fields[3].split(separator: "/").map(String.init))
        }
    }

    public var glossary: GlossaryEntry? {
        records(.glossary).lazy.compactMap { try? GlossaryEntry(row: $0.joined(separator: "\t")[...]) }.first
    }

    /// The Xinhua idiom list's pinyin (tone-marked) and the classical work the idiom comes from.
    public var idiom: (pinyin: String, source: String)? {
        records(.idiom).first.flatMap { $0.count == 2 ? (String($0[0]), String($0[1])) : nil }
    }

    /// For a single character: its most common reading in the words it occurs in (numbered pinyin).
    public var commonReading: String? { records(.reading).first?.first.map(String.init) }

    /// jieba's part-of-speech tag (n, v, i, l, nr for personal names, ns for places, nt for organisations …).
    public var partOfSpeech: String? { records(.jiebaTag).first?.first.map(String.init) }
}
