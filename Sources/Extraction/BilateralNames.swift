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

    /// The English of 中 and a country's one-character name before a glossary unit, as the glossary writes its own
    /// (中老命运共同体: "China-Laos community with a shared future"): 中哈命运共同体 is "China-Kazakhstan community with a
    /// shared future", not "within + ha! + …". A name that stands for two countries says both (中巴: "China-Pakistan
    /// or China-Brazil", not "minibus"); nil for any other term.
    static func gloss(of term: String, lexicon: Lexicon) -> String? {
        guard let (country, unit) = pair(in: term, lexicon: lexicon) else { return nil }
        var english = Substring(unit)
        for article in ["the ", "a ", "an "] where english.hasPrefix(article) { english = english.dropFirst(article.count) }
        return country.split(separator: "|").map { "China-\($0)" }.joined(separator: " or ") + " \(english)"
    }

    /// The country (or two) a term's 中X names and the English of the glossary unit after it, when it is such a term.
    private static func pair(in term: String, lexicon: Lexicon) -> (country: String, unit: String)? {
        let scalars = Array(term.unicodeScalars)
        guard scalars.count >= 4, scalars[0] == "中", let country = countries[scalars[1]],
            let unit = lexicon.word(String(scalars: scalars[2...]))?.glossary?.english.first
        else { return nil }
        return (country, unit)
    }

    /// The one-character names of countries and regions beside 中; two countries, split by |, where both use it.
    static let countries: [Unicode.Scalar: String] = [
        "老": "Laos", "柬": "Cambodia", "俄": "Russia", "越": "Vietnam", "缅": "Myanmar", "泰": "Thailand", "哈": "Kazakhstan",
        "吉": "Kyrgyzstan", "塔": "Tajikistan", "蒙": "Mongolia", "朝": "DPRK", "韩": "ROK", "日": "Japan", "美": "US", "欧": "EU",
        "非": "Africa", "拉": "Latin America", "印": "India", "法": "France", "德": "Germany", "英": "UK", "意": "Italy",
        "西": "Spain", "葡": "Portugal", "希": "Greece", "匈": "Hungary", "捷": "Czech", "塞": "Serbia", "波": "Poland",
        "马": "Malaysia", "菲": "Philippines", "孟": "Bangladesh", "斯": "Sri Lanka", "埃": "Egypt", "沙": "Saudi Arabia",
        "古": "Cuba", "委": "Venezuela", "智": "Chile", "秘": "Peru", "澳": "Australia", "加": "Canada", "墨": "Mexico",
        "白": "Belarus", "文": "Brunei", "巴": "Pakistan|Brazil", "乌": "Uzbekistan|Ukraine", "土": "Türkiye|Turkmenistan",
        "伊": "Iran|Iraq", "新": "Singapore|New Zealand", "海": "GCC", "洪": "Honduras", "安": "Angola", "荷": "Netherlands",
        "厄": "Ecuador", "坦": "Tanzania", "赞": "Zambia", "瓦": "Vanuatu", "圭": "Guyana", "贝": "Benin", "突": "Tunisia",
        "瑙": "Nauru", "比": "Belgium", "挪": "Norway", "叙": "Syria", "纳": "Namibia", "芬": "Finland", "奥": "Austria",
        "克": "Croatia", "牙": "Jamaica", "肯": "Kenya", "斐": "Fiji", "汤": "Tonga", "黎": "Lebanon", "约": "Jordan",
    ]
    /// One-character names beside 中 that stand for too many countries or regions to name one (阿: the Arab states,
    /// Argentina, Algeria …; 多: Dominica, the Dominican Republic, Togo; 卢: Luxembourg, Rwanda): a pair with them is
    /// read at sight, but given no English of its own.
    static let unnamedCountries: Set<Unicode.Scalar> = [
        "阿", "尼", "南", "亚", "刚", "多", "萨", "摩", "卢", "格", "哥", "爱", "卡", "毛", "莱", "科",
    ]

    /// The pinyin of a wording `gloss(of:)` explains, with the pair written as the names it stands for, as the
    /// glossary writes its own (中老: Zhōng Lǎo): zhōng hā and zhōngbā (the minibus) become Zhōng Hā and Zhōng Bā.
    static func pinyin(_ written: String, of term: String, lexicon: Lexicon) -> String {
        guard pair(in: term, lexicon: lexicon) != nil else { return written }
        var words = written.split(separator: " ", omittingEmptySubsequences: false)
        var pair: [Substring] = []
        while pair.count < 2, !words.isEmpty {
            pair += Pinyin.syllables(in: words.removeFirst())
        }
        guard pair.count == 2 else { return written }
        return (pair.map { $0.prefix(1).uppercased() + $0.dropFirst() } + words.map(String.init)).joined(separator: " ")
    }
}
