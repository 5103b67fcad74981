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
    /// A chengyu or saying by the idiom dictionaries (the Xinhua list, CC-CEDICT's "(idiom)"), not only by
    /// jieba's tag, which also marks plain set phrases such as 当今世界 or 极为重要.
    public var isDictionaryIdiom: Bool { !flags.isDisjoint(with: [.xinhuaIdiom, .cedictIdiom]) }
    /// Tagged as a set phrase (l) in jieba's dictionary.
    public var isSetPhrase: Bool { flags.contains(.jiebaSetPhrase) }
    /// Judged no unit worth a card by the glossary's translators (`register-skips.tsv`): read from its parts
    /// (从今年起, 令人震惊), a piece of a longer unit, news boilerplate or a number.
    public var isJudgedNoUnit: Bool { flags.contains(.judgedNoUnit) }
    public var isInGlossary: Bool { flags.contains(.glossary) }
    public var isInCedict: Bool { flags.contains(.cedict) }
    /// In CC-CEDICT as an ordinary word, not only as a name (a surname, a county).
    public var isOrdinaryCedictWord: Bool { flags.contains(.cedictOrdinary) }

    /// OpenCC's table converts this key (a phrase, or a character that changes) to `convertedForm`.
    var isConverted: Bool { flags.contains(.conversion) }
    /// Some longer key of OpenCC's table starts with this key.
    var isConversionPrefix: Bool { flags.contains(.conversionPrefix) }

    /// OpenCC's traditional form of this key, read from its payload's `T` record alone.
    var convertedForm: String? {
        guard isConverted else { return nil }
        var form: String?
        forEachRecord(in: index.payloadBytes(id), startingWith: UInt8(ascii: "T")) { line in
            guard form == nil, line.count >= 2, line[line.startIndex + 1] == UInt8(ascii: "\t") else { return }
            form = String(decoding: UnsafeRawBufferPointer(rebasing: line.dropFirst(2)), as: UTF8.self)
        }
        return form
    }

    /// Calls `body` with each line of a payload (empty ones left out) that starts with `first`, or with every
    /// line when `first` is nil, as bytes of the mapped file: a line of another kind is passed over without
    /// making a String of it.
    private func forEachRecord(in payload: UnsafeRawBufferPointer, startingWith first: UInt8?, _ body: (Slice<UnsafeRawBufferPointer>) -> Void) {
        var start = payload.startIndex
        while start < payload.endIndex {
            let end = payload[start...].firstIndex(of: UInt8(ascii: "\n")) ?? payload.endIndex
            if end > start, first.map({ payload[start] == $0 }) ?? true { body(payload[start..<end]) }
            start = end + 1
        }
    }

    /// The count in jieba's frequency list (0 when the word is not in it).
    public var frequency: Int { Int(index.frequency(id)) }
    /// 1 for the most frequent word of jieba's list; nil when the word is not in it.
    public var frequencyRank: Int? {
        let rank = index.rank(id)
        return rank == 0 ? nil : Int(rank)
    }
    /// Occurrences in Tifa's corpus of political text (`Dictionaries/register.tsv`), 0 when unseen or rare.
    public var registerCount: Int { Int(index.registerCount(id)) }
    public var hsk2: Int? {
        let level = index.hsk2(id)
        return level == 0 ? nil : Int(level)
    }
    public var hsk3: HSKBand? { HSKBand(code: index.hsk3(id)) }

    /// Everything the payload says, decoded in one pass over its UTF-8 bytes.
    public var facts: LexiconFacts { facts(only: nil) }

    /// The payload's records of one kind decoded (all of them when `kind` is nil); a line of another kind is
    /// passed over by its first byte. Reading a word's CC-CEDICT entries for its pinyin parsed its glossary row
    /// too, which was most of what writing a long text's cards cost.
    private func facts(only kind: LexiconImage.Record?) -> LexiconFacts {
        var facts = LexiconFacts()
        // The glossary's row is read once a process (`LexiconIndex.glossary(_:decode:)`): parsing it was most of
        // what reading a glossary word's records cost, and a long text asks about the same few thousand again and again.
        var glossaryRead = false
        forEachRecord(in: index.payloadBytes(id), startingWith: kind?.rawValue.asciiValue) { bytes in
            if bytes.first == Self.glossaryByte {
                guard !glossaryRead else { return }
                glossaryRead = true
                facts.glossary = index.glossary(id) { firstGlossary(in: index.payloadBytes(id)) }
                return
            }
            let line = String(decoding: UnsafeRawBufferPointer(rebasing: bytes), as: UTF8.self)
            let fields = TextTable.fields(Substring(line))
            guard let kind = fields.first.flatMap({ $0.first }).flatMap(LexiconImage.Record.init(rawValue:)) else { return }
            let values = fields.dropFirst()
            switch kind {
            case .cedict where values.count == 4:
                let value = Array(values)
                facts.cedict.append(
                    CedictEntry(
                        traditional: String(value[0]), simplified: String(value[1]), pinyin: String(value[2]),
                        senses: TextTable.fields(value[3], separator: UInt8(ascii: "/")).filter { !$0.isEmpty }.map(String.init)))
            case .idiom where values.count == 2 && facts.idiom == nil:
                facts.idiom = (String(values[values.startIndex]), String(values[values.startIndex + 1]))
            case .reading:
                facts.commonReading = values.first.map(String.init)
            case .jiebaTag:
                facts.partOfSpeech = values.first.map(String.init)
            default:
                return
            }
        }
        return facts
    }

    private static let glossaryByte = LexiconImage.Record.glossary.rawValue.asciiValue!

    /// The first of the payload's glossary rows that reads as one (the records `forEachRecord` gives all start with
    /// the glossary's byte).
    private func firstGlossary(in payload: UnsafeRawBufferPointer) -> GlossaryEntry? {
        var glossary: GlossaryEntry?
        forEachRecord(in: payload, startingWith: Self.glossaryByte) { bytes in
            guard glossary == nil else { return }
            let line = String(decoding: UnsafeRawBufferPointer(rebasing: bytes), as: UTF8.self)
            glossary = try? GlossaryEntry(row: Substring(line).drop { $0 != "\t" }.dropFirst())
        }
        return glossary
    }

    public var cedict: [CedictEntry] { facts(only: .cedict).cedict }
    public var glossary: GlossaryEntry? { facts(only: .glossary).glossary }
    /// The Xinhua idiom list's pinyin (tone-marked) and the classical work the idiom comes from.
    public var idiom: (pinyin: String, source: String)? { facts(only: .idiom).idiom }
    /// For a single character: its most common reading (numbered pinyin).
    public var commonReading: String? { facts(only: .reading).commonReading }
    /// jieba's part-of-speech tag (n, v, i, l, nr for personal names, ns for places, nt for organisations …).
    public var partOfSpeech: String? { facts(only: .jiebaTag).partOfSpeech }
}

/// The dictionary records stored for one key.
public struct LexiconFacts: Sendable {
    public var cedict: [CedictEntry] = []
    public var glossary: GlossaryEntry?
    public var idiom: (pinyin: String, source: String)?
    public var commonReading: String?
    public var partOfSpeech: String?
}
