/// One card for a name the text writes two ways, when both ways have the same English:
/// - a session a frame explains: 十四届全国人大二次会议 and 第十四届全国人民代表大会第二次会议;
/// - a glossary's name of a body or a post and its shortening from either end: 中共中央政治局委员, 中央政治局委员 and 政治局委员 are all
///   "member of the Political Bureau of the CPC Central Committee", and 党的二十大 and 二十大 are one congress.
/// The form with the better score keeps the card; the others are listed as related on it. Words that merely share
/// an English sense stay apart (互信 and 相互信任 are both "mutual trust", but two words to learn), and so does a
/// short form the glossary renders otherwise (全国人大: the NPC, beside 全国人民代表大会).
enum SameNames {
    /// `english` gives an item's English name: for a frame's term `Gloss.framed`, for a glossary's its first
    /// rendering, nil for any other item.
    static func folded(_ items: consuming [VocabularyItem], english: (VocabularyItem) -> String?) -> [VocabularyItem] {
        var keeper: [String: Int] = [:]
        var folded: [Int: Int] = [:]
        for index in items.indices {
            guard let name = english(items[index]) else { continue }
            guard let kept = keeper[name] else {
                keeper[name] = index
                continue
            }
            guard items[index].glossSource == .frame || isShortenedName(items[index], items[kept]) else { continue }
            let better = items[index].score > items[kept].score ? index : kept
            let other = better == index ? kept : index
            keeper[name] = better
            folded[other] = better
        }
        guard !folded.isEmpty else { return items }
        var related: [String: [String]] = [:]
        for other in folded.keys.sorted() {
            // Follow a folded keeper to the one that finally kept the card.
            var target = other
            while let next = folded[target] { target = next }
            related[items[target].term, default: []] += [items[other].term] + items[other].related
        }
        // Terms are distinct: the folded items are known by them.
        let removed = Set(folded.keys.map { items[$0].term })
        items.fold(removing: removed.contains, related: related)
        return items
    }

    /// Whether two names of a body or a post are one cut short at its start or its end (政治局委员 of
    /// 中共中央政治局委员, 上合 of 上合组织). Words are not names: 互利 is a word of its own beside 互惠互利, though
    /// both are "mutual benefit"; and a match in the middle is a coincidence of characters (互信 in 相互信任).
    static func isShortenedName(_ a: VocabularyItem, _ b: VocabularyItem) -> Bool {
        guard a.kind == b.kind, [.organisation, .title].contains(a.kind) else { return false }
        return a.term.unicodeScalars.count < b.term.unicodeScalars.count ? isShortening(a.term, of: b.term) : isShortening(b.term, of: a.term)
    }

    /// Whether `short` is `long` cut short at its start or its end.
    static func isShortening(_ short: String, of long: String) -> Bool {
        short != long && (long.hasPrefix(short) || long.hasSuffix(short))
    }
}
