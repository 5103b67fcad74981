import Lexicon

/// Names for two countries' ties: 中美关系, 美中关系, 中欧合作, 两国人民, 两国元首. The pair before the word (中 and a
/// one-character country name, or 两国) is read at sight, yet jieba lists such names with no count of their own,
/// which would make them look rare: the unit is as hard as the word after the pair.
enum BilateralNames {
    static let bothCountries = Array("两国".unicodeScalars)

    /// The dictionary word of two characters or more after a pair of countries (关系 in 中美关系), or nil.
    static func wordAfterPair(_ term: String, lexicon: Lexicon) -> String? {
        let scalars = Array(term.unicodeScalars)
        guard scalars.count >= 4, isPair(scalars[0], scalars[1]) else { return nil }
        let rest = String(scalars: scalars[2...])
        guard let word = lexicon.word(rest), word.isInCedict, word.frequencyRank != nil else { return nil }
        return rest
    }

    /// 中 and a one-character country name either way round (中美, 美中), or 两国.
    static func isPair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        let countries = HeadedFormulations.countryAbbreviations
        return [first, second] == bothCountries || (first == "中" && countries.contains(second))
            || (second == "中" && countries.contains(first))
    }
}
