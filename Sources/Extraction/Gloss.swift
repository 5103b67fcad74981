import Lexicon

/// The English a card shows: the glossary's official rendering, else CC-CEDICT's first senses, else a gloss
/// composed from the word's parts (marked, so a learner knows it is not a translation).
enum Gloss {
    static func text(of summary: WordSummary) -> String {
        if let glossary = summary.glossary { return glossary.english.joined(separator: "; ") }
        if let senses = summary.senses {
            return senses.prefix(3).joined(separator: "; ")
        }
        guard let composed = summary.composed else { return "" }
        return "(\(composed.isLiteral ? "literally" : "from its parts"): \(composed.gloss))"
    }

    /// The English of a wording no dictionary has but its frame explains: "X字当头", a numbered session
    /// (十四届全国人大二次会议), a five-year plan (第九个五年计划), a pair of countries before a unit (中哈命运共同体).
    /// Nil for other wordings.
    static func framed(_ term: String, lexicon: Lexicon) -> String? {
        FixedFrames.gloss(of: term) ?? NumberedSessions.gloss(of: term, lexicon: lexicon) ?? FiveYearPlans.gloss(of: term)
            ?? BilateralNames.gloss(of: term, lexicon: lexicon)
    }

    /// The English and pinyin of a wording its frame explains: `framed` and, for a pair of countries, the pair
    /// written as names (Zhōng Hā). What extraction and `tifa lookup` both show.
    static func framedReading(of term: String, pinyin: String, lexicon: Lexicon) -> (english: String, pinyin: String)? {
        framed(term, lexicon: lexicon).map { ($0, BilateralNames.pinyin(pinyin, of: term, lexicon: lexicon)) }
    }

    /// Where `text(of:)` takes the gloss from, known from the dictionaries' records before any text is written.
    static func source(of word: ReportedWord) -> VocabularyItem.GlossSource {
        word.isInGlossary ? .glossary : word.hasReadings ? .cedict : .parts
    }
}
