import Lexicon

/// A verb put before a unit of the same text (打赢 + 脱贫攻坚战, 构建 + 人类命运共同体) is how the text uses the
/// unit, not another unit: one card holds both, the one that ranks higher, with the other listed as related.
enum VerbPhrases {
    /// `isVerbPhrase(phrase, unit)` tells whether the phrase is a verb (and what goes before it) put before the unit.
    static func folded(_ items: consuming [VocabularyItem], isVerbPhrase: (String, String) -> Bool) -> [VocabularyItem] {
        let rank = Dictionary(items.enumerated().map { ($1.term, $0) }, uniquingKeysWith: { first, _ in first })
        var cardOf: [String: String] = [:]
        for item in items[...] {
            let scalars = Array(item.term.unicodeScalars)
            // A series of clauses (展现大国胸怀，拿出大国担当) names its units; it is not a verb phrase.
            guard scalars.count >= 5, !NestedFamilies.isSeries(item.term) else { continue }
            // The longest unit the phrase ends with: 脱贫攻坚战 before 攻坚战 in 打赢脱贫攻坚战.
            for start in 2...(scalars.count - 3) {
                let unit = String(scalars: scalars[start...])
                guard let unitRank = rank[unit], cardOf[unit] == nil, isVerbPhrase(item.term, unit) else { continue }
                let phraseRank = rank[item.term] ?? 0
                let (card, other) = phraseRank < unitRank ? (item.term, unit) : (unit, item.term)
                if cardOf[card] == nil { cardOf[other] = card }
                break
            }
        }
        guard !cardOf.isEmpty else { return items }
        var related: [String: [String]] = [:]
        for (other, card) in cardOf { related[card, default: []].append(other) }
        items.fold(removing: { cardOf[$0] != nil }, related: related.mapValues { $0.sorted { ($0.count, $0) < ($1.count, $1) } })
        return items
    }
}
