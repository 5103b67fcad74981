import Lexicon

/// What a candidate is, from the dictionaries and from how it was found.
struct Classification {
    var kind: NoteKind
    /// Base register score: how clearly the unit belongs to political and diplomatic Chinese.
    var register: Double
    /// What the base register score rests on, for `--explain` (glossary formulation, slogan, idiom …).
    var basis: String
    /// Glossary units, idioms, sayings, quoted coinages and slogans are learned as units whatever their parts' level.
    var isSetUnit: Bool
    var hsk2: Int?
    var frequencyRank: Int?
    /// jieba's count of the word in general text, and its count in Tifa's corpus of political text.
    var generalCount: Int
    var registerCount: Int
    /// The glossary's band (core, common, specialised) for glossary units.
    var band: GlossaryEntry.Band?
    /// The glossary's first rendering, for glossary units.
    var english: String?

    /// Idioms, sayings and formulations are what no other tool teaches and what a text uses once: they start
    /// above the glossary's terms, which gain instead from their use across the corpus.
    /// How much a unit of each kind belongs to the register before anything else is known of it.
    static func baseRegister(_ kind: NoteKind) -> Double {
        switch kind {
        case .saying: 3.8
        case .idiom, .formulation: 3.5
        default: 3.0
        }
    }
    static let setPhraseRegister = 3.0
    /// A phrase jieba marks l or i that its counts of general Chinese see this often is everyday language (此时此刻,
    /// 一般来说, 也就是说, 各种各样: 138 to 1,430 times), not a set phrase of the register (迎难而上 19, 各展所长 3).
    static let everydaySetPhraseCount = 100
    static let leastSureRegister = 1.5
    /// A coined series (稳就业、稳金融、稳外贸; 改革不会停顿，开放不会止步) is learned as one wording; a list of units
    /// is not.
    static let sloganRegister = 3.2
    /// A wording a formulation's grammar builds (中哈命运共同体, 干字当头, 高端化智能化绿色化) is named as a glossary
    /// formulation is: in the top 300 of nine studied texts, 11 of the 14 the patterns found were core items.
    static let patternRegister = 3.5
    static let unitListRegister = 2.2

    /// Every item of the series, set off by 、 or ，, is a glossary unit or an idiom.
    static func isListOfUnits(_ series: String, lexicon: Lexicon) -> Bool {
        let items = series.split { $0 == "、" || $0 == "，" }
        return items.count >= 2 && items.allSatisfy { CandidateFinder.isSetUnit(String($0), lexicon: lexicon) }
    }

    /// Every item of the series holds a title of the glossary (安徽省委书记韩俊、江西省委书记尹弘): office-holders
    /// named one after another, whose shared title makes a frame but no slogan.
    static func isListOfOfficeHolders(_ series: String, lexicon: Lexicon) -> Bool {
        let items = series.split { $0 == "、" || $0 == "，" }.map(String.init)
        return items.count >= 2
            && items.allSatisfy { item in
                let scalars = Array(item.unicodeScalars)
                return lexicon.units(inside: item).contains { unit in
                    lexicon.word(String(scalars: scalars[unit.start..<unit.start + unit.length]))?.glossary?.kind == .title
                }
            }
    }

    static let termBasis: [Candidate.Origin: String] = [
        .discovered: "discovered compound", .enumeration: "enumeration item", .quotation: "quoted word",
    ]

    /// Nil for what is never a card: function words, and words of ordinary language no dictionary marks.
    init?(_ candidate: Candidate, lexicon: Lexicon) {
        let term = LexiconKey.of(candidate.term)
        // One lookup: a compound found in the corpus has a key with a count but is no dictionary's word.
        let key = lexicon.entry(term)
        let entry = key?.isWord == true ? key : nil
        let facts = entry?.facts
        hsk2 = entry?.hsk2
        frequencyRank = entry?.frequencyRank
        generalCount = entry?.frequency ?? 0
        registerCount = key?.registerCount ?? 0
        isSetUnit = true
        if let glossary = facts?.glossary {
            kind = glossary.kind
            register = Self.baseRegister(kind)
            basis = "glossary \(kind.rawValue)"
            band = glossary.band
            english = glossary.english.first
            return
        }
        if candidate.origin == .slogan, Self.isListOfOfficeHolders(candidate.term, lexicon: lexicon) { return nil }
        switch candidate.origin {
        case .slogan where Self.isListOfUnits(candidate.term, lexicon: lexicon):
            // A series whose every item is a unit of its own (全球发展倡议、全球安全倡议、全球文明倡议;
            // 人工智能、绿色转型、银发经济) lists what the text is about: the items are the cards, each of its own.
            kind = .formulation
            register = Self.unitListRegister
            basis = "list of units"
            return
        case .slogan:
            kind = .formulation
            register = Self.sloganRegister
            basis = "parallel slogan"
            return
        case .pattern where NumberedSessions.name(of: term, isBody: { NumberedSessions.isBody($0, lexicon: lexicon) }) != nil:
            // A session of a congress is named like its body, and learned for its official English.
            kind = .organisation
            register = Self.baseRegister(.organisation)
            basis = "numbered session"
            return
        case .pattern:
            kind = .formulation
            register = Self.patternRegister
            basis = "formulation pattern"
            return
        case .quotation where entry == nil || entry?.isInCedict == false:
            kind = .formulation
            register = 2.5
            basis = "quoted coinage"
            return
        default:
            break
        }
        if let entry, entry.isDictionaryIdiom, term.unicodeScalars.count >= 4 {
            kind = term.unicodeScalars.count == 4 ? .idiom : .saying
            register = Self.baseRegister(kind)
            basis = "dictionary \(kind.rawValue)"
            return
        }
        // Four-character set phrases of official prose that jieba marks (迎难而上 l, 踔厉奋发 i) but no idiom
        // list has: learned as units like idioms, a little below them since jieba's marks are broader.
        // Two words the register uses freely (极为 + 重要, 当今 + 世界) make a phrase, not a set phrase; so does a
        // word after a pair of countries (两国 + 关系); and so does what the glossary's translators judged no unit
        // (从今年起, 令人震惊: read from their parts).
        if let entry, entry.isIdiom || entry.isSetPhrase, !entry.isJudgedNoUnit, entry.frequency < Self.everydaySetPhraseCount,
            term.unicodeScalars.count == 4,
            LearnerValue.freeParts(term, lexicon: lexicon).isEmpty, !Self.isPrepositionalFrame(term)
        {
            kind = .idiom
            register = Self.setPhraseRegister
            basis = "set phrase (jieba)"
            return
        }
        isSetUnit = false
        let tag = Self.trustedTag(facts?.partOfSpeech, of: entry)
        if FunctionWords.contains(term, tag: tag) { return nil }
        // CC-CEDICT capitalises names; one of two or three characters that jieba does not know (王毅) is a
        // person's or a place's name, where longer ones are organisations and titles.
        // jieba's nz (other proper noun) says no more than that: 同安 nz is a district, a name.
        let isCedictName =
            (tag == nil || tag == "nz") && entry.map { $0.isInCedict && !$0.isOrdinaryCedictWord } == true
            && term.unicodeScalars.count <= 3
        switch isCedictName ? "nr" : tag {
        case "nr", "nrfg", "nrt", "ns":
            kind = .name
            register = 0
            basis = "name"
        case "nt":
            kind = .organisation
            register = 1.0
            basis = "organisation (jieba)"
        default:
            kind = .term
            // CC-CEDICT's first sense says whether the word is a verb (深化: to deepen; 秉持: to uphold).
            english = facts?.cedict.first?.senses.first
            // A quoted word is marked as a term by the text itself. A compound found by discovery alone, or a
            // word the text lists (前瞻性、针对性), is the least sure of units: only the corpus's counts or the
            // text's punctuation say it is one (基础设施项目, 致力于深化, 系统性 are as often phrases or everyday
            // words).
            switch candidate.origin {
            case .token: register = 0
            // A compound the glossary's translators judged read from its parts (非洲国家, 基础设施项目) or a piece of
            // a longer unit is no card: its parts are. In the top 400 of nine studied texts, none of 22 was listed.
            case .discovered where key?.isJudgedNoUnit == true: return nil
            case .discovered, .enumeration: register = Self.leastSureRegister
            default: register = 2.0
            }
            basis = Self.termBasis[candidate.origin] ?? "word"
        }
        // A word of ordinary language that no dictionary glosses is not a card.
        if candidate.origin == .token, entry?.isInCedict != true { return nil }
    }

    /// A preposition and a locative around a word (在发言中, 从实际上): a frame of the clause, whatever jieba's
    /// mark, not a set phrase.
    static func isPrepositionalFrame(_ term: String) -> Bool {
        guard let first = term.unicodeScalars.first, let last = term.unicodeScalars.last else { return false }
        return framePrepositions.contains(first) && frameLocatives.contains(last)
    }

    static let framePrepositions: Set<Unicode.Scalar> = ["在", "从", "对", "向", "于", "把", "被", "为", "自", "当"]
    static let frameLocatives: Set<Unicode.Scalar> = ["中", "上", "下", "里", "内", "外", "后", "前", "间", "时"]

    static let nameTags: Set<String> = ["nr", "nrfg", "nrt", "ns"]
    /// The least count in jieba's general text of a word whose function-word tag is taken as given.
    static let functionWordCount = 500

    /// jieba's tag where it can be trusted. jieba guesses the tags of its rare words (福祉 nr, 拨冗 d, 偏远 d,
    /// 保驾护航 nr): a name's tag stands only when CC-CEDICT has no ordinary sense of the word, a function
    /// word's only for a word general text uses often, since function words are a small and frequent class.
    static func trustedTag(_ tag: String?, of entry: LexiconEntry?) -> String? {
        guard let tag, let entry else { return tag }
        if nameTags.contains(tag), entry.isOrdinaryCedictWord { return nil }
        if FunctionWords.tags.contains(tag), entry.frequency < functionWordCount, entry.isInCedict { return nil }
        return tag
    }
}
