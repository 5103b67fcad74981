import Lexicon

/// Formulations coined per article on a productive head: communities with a shared future (中老命运共同体,
/// 亚太命运共同体), relationship labels with their modifiers (全天候战略合作伙伴关系,
/// 新时代全面战略协作伙伴关系), named initiatives and outlooks (全球治理倡议, 正确义利观) and the "X论"
/// narratives (中国威胁论). The unit is the head with the run of modifiers before it: nouns, adjectives and
/// distinguishing words, never a verb (构建 in 构建人类命运共同体 is the clause's, not the name's).
enum HeadedFormulations {
    /// Heads that stand as words of their own, and heads that are one character closing a phrase (观, 论).
    static let wordHeads = ["命运共同体", "伙伴关系", "倡议", "体制改革", "保卫战", "攻坚战"]
    /// Policy heads whose stance is stated before 的: 更加积极的财政政策, 适度宽松的货币政策.
    /// The head of relationship labels.
    static let labelHead = "伙伴关系"
    static let stanceHeads: Set<String> = ["财政政策", "货币政策", "宏观政策", "产业政策", "就业政策"]
    static let characterHeads: Set<String> = ["观", "论"]
    /// The last characters of the heads above: a word ending otherwise is looked at no further.
    static let headEndings: Set<Unicode.Scalar> = ["体", "系", "议", "革", "战", "观", "论", "策"]
    /// One-character names of countries and regions that follow 中 in a bilateral name (中老, 中柬, 中巴, 中非): those
    /// `BilateralNames` can name in English, and those that stand for too many to say which.
    static let countryAbbreviations = Set(BilateralNames.countries.keys).union(BilateralNames.unnamedCountries)
    static let numerals: Set<Unicode.Scalar> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
    /// Modifiers before a head: at most this many characters.
    static let longestModifier = 10

    /// `isModifier` tells whether a word can stand before a head in a name (a noun or adjective, not a verb).
    /// `isPredicate` tells a verb (实施, 坚持) from the adjectives and adverbs of a stance (更加, 积极, 适度, 宽松).
    /// `isWholeUnit` tells an idiom or glossary unit (相提并论, 总体国家安全观), which is no head to extend.
    static func spans(
        in scalars: [Unicode.Scalar], words: [Word], text: (Word) -> String, isModifier: (String) -> Bool,
        isPredicate: (String) -> Bool, isWholeUnit: (String) -> Bool
    ) -> [Span] {
        var spans: [Span] = []
        for (index, word) in words.enumerated() where word.isHan {
            if let congress = partyCongress(at: index, words: words, text: text) {
                spans.append(congress)
                continue
            }
            guard headEndings.contains(scalars[word.end - 1]) else { continue }
            let head = text(word)
            let isWordHead = wordHeads.contains { head.hasSuffix($0) }
            // 论 or 观 alone, or closing a word of the dictionaries (威胁论) that a modifier names (中国威胁论).
            let isCharacterHead =
                characterHeads.contains(head)
                || (head.unicodeScalars.count >= 3 && characterHeads.contains { head.hasSuffix($0) } && !isWholeUnit(head))
            let isStanceHead = stanceHeads.contains(where: head.hasSuffix)
            guard isWordHead || isCharacterHead || isStanceHead else { continue }
            var first = index
            while first > 0, words[first - 1].isHan, word.start - words[first - 1].start <= longestModifier {
                if first >= 2, words[first - 1].length == 1, countryAbbreviations.contains(scalars[words[first - 1].start]),
                    text(words[first - 2]) == "中",
                    first < 3 || !words[first - 3].isHan || isPredicate(text(words[first - 3])) || text(words[first - 3]) == "的"
                {
                    first -= 2  // 中 and a one-character country name (中老, 中巴): the segmenter cuts them apart
                } else if isModifier(text(words[first - 1])) {
                    first -= 1
                } else {
                    break
                }
            }
            if isStanceHead, let stance = stance(before: index, words: words, text: text, isPredicate: isPredicate) {
                spans.append(Span(start: words[stance].start, length: word.end - words[stance].start))
                continue
            }
            // Before a word head, a modifier of one character at the front is a piece of the word before it,
            // cut apart by the segmenter (为两|国|永久全面战略伙伴关系 would give 国永久全面战略伙伴关系); 中
            // before a country's one-character name is the pair. (A character head keeps it: 唯数量论.)
            while isWordHead, first < index, words[first].length == 1,
                !(text(words[first]) == "中" && first + 1 < index && words[first + 1].length == 1
                    && countryAbbreviations.contains(scalars[words[first + 1].start]))
            {
                first += 1
            }
            guard first < index else { continue }
            var start = words[first].start
            // A relationship label names a kind of tie (新时代全面战略协作伙伴关系); the pair of countries it ties
            // (中俄) is not part of it, where a community with a shared future is named for its pair (中老).
            if head.hasSuffix(labelHead), word.end - start > labelHead.unicodeScalars.count + 2,
                BilateralNames.isPair(scalars[start], scalars[start + 1])
            {
                start += 2
            }
            // A one-character head needs a phrase of two or more characters before it (义利观, 威胁论); an
            // initiative needs a name of two words at least (全球治理倡议, not 中国倡议 or 重大倡议).
            if isCharacterHead, word.end - start < 4 { continue }
            if head == "倡议", index - first < 2 { continue }
            spans.append(Span(start: start, length: word.end - start))
        }
        return spans
    }

    /// The stance before 的 and a policy head: adjectives and adverbs back to a verb or a mark, two to eight
    /// characters (实施|更加积极的财政政策).
    private static func stance(before index: Int, words: [Word], text: (Word) -> String, isPredicate: (String) -> Bool) -> Int? {
        // The head may have its stance inside it already (积极的财政政策 is a glossary word): then what stands
        // before it is more of the stance (更加).
        let hasStance = text(words[index]).contains("的")
        guard hasStance || (index >= 2 && text(words[index - 1]) == "的") else { return nil }
        let end = hasStance ? index : index - 1
        var first = end
        while first > 0, words[first - 1].isHan, words[end].start - words[first - 1].start <= 8,
            !isPredicate(text(words[first - 1])), text(words[first - 1]) != "的"
        {
            first -= 1
        }
        let length = words[end].start - words[first].start
        return first < end && length >= 2 ? first : nil
    }

    /// 党的 and a congress or plenum (党的二十大, 党的二十届三中全会): the name the Party's own texts use.
    private static func partyCongress(at index: Int, words: [Word], text: (Word) -> String) -> Span? {
        guard index >= 2, words[index - 1].length == 1, words[index - 2].length == 1, text(words[index - 1]) == "的",
            text(words[index - 2]) == "党"
        else { return nil }
        guard PartyCongresses.isName(text(words[index])) else { return nil }
        return Span(start: words[index - 2].start, length: words[index].end - words[index - 2].start)
    }
}
