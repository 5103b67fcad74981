import Foundation

/// One card for a name the text writes two ways:
/// - a session a frame explains, by its English: 十四届全国人大二次会议 and 第十四届全国人民代表大会第二次会议;
/// - a glossary's name of a body or a post and its shortening from either end, by their English: 中共中央政治局委员,
///   中央政治局委员 and 政治局委员 are all "member of the Political Bureau of the CPC Central Committee";
/// - a glossary's short form cut from either end of the full form it names, whatever English each was given:
///   副总理 (国务院副总理), 新时代中国特色社会主义思想 (习近平新时代中国特色社会主义思想), 大湾区 (粤港澳大湾区);
/// - any other short form of the glossary and its full form, when their English is one (全国人大 and
///   全国人民代表大会: the National People's Congress (NPC));
/// - a congress said in full with "党的" and its short name (党的二十大, 二十大).
/// The form with the better score keeps the card, a congress's full name always; the others are listed as related
/// on it. Words that merely share an English sense stay apart (互信 and 相互信任 are both "mutual trust", but two
/// words to learn), and so do an abbreviation and a full form rendered apart (上合: the SCO; 上海合作组织: the
/// Shanghai Cooperation Organisation): the abbreviation is a word to learn.
enum SameNames {
    /// `english` gives an item's English name: for a frame's term `Gloss.framed`, for a glossary's its first
    /// rendering (a short form's, its full form's), nil for any other item. `fullForm` gives the full form the
    /// glossary names for a term.
    static func folded(
        _ items: consuming [VocabularyItem], english: (VocabularyItem) -> String?, fullForm: (String) -> String?
    ) -> [VocabularyItem] {
        // Items with one English name, then the forms among them that name one thing: a pair the rules below join,
        // or a chain of such pairs (党的二十大 with 二十大, 二十大 with its full name).
        var groups: [String: [Int]] = [:]
        // Only frames and the glossary name things (most items of a long text are neither, and are not looked up).
        for index in items.indices where [.frame, .glossary].contains(items[index].glossSource) {
            if let name = english(items[index]) { groups[key(name), default: []].append(index) }
        }
        var parent = Array(items.indices)
        func root(_ index: Int) -> Int {
            var index = index
            while parent[index] != index { index = parent[index] }
            return index
        }
        for members in groups.values where members.count > 1 {
            for (position, a) in members.enumerated() {
                for b in members[(position + 1)...] where root(a) != root(b) && areOneName(items[a], items[b], fullForm: fullForm) {
                    parent[root(b)] = root(a)
                }
            }
        }
        var families: [Int: [Int]] = [:]
        for members in groups.values where members.count > 1 {
            for index in members { families[root(index), default: []].append(index) }
        }
        var related: [String: [String]] = [:]
        var removed: Set<String> = []
        for family in families.values where family.count > 1 {
            // A congress keeps the card under the name prose gives it in full (党的二十大), the learner's unit;
            // otherwise the form with the better score.
            let keeper = family.max { a, b in
                let (fullA, fullB) = (PartyCongresses.name(in: items[a].term) != nil, PartyCongresses.name(in: items[b].term) != nil)
                return (fullA ? 1 : 0, items[a].score, items[b].term) < (fullB ? 1 : 0, items[b].score, items[a].term)
            }
            guard let keeper else { continue }
            for other in family.sorted() where other != keeper {
                related[items[keeper].term, default: []] += [items[other].term] + items[other].related
                removed.insert(items[other].term)
            }
        }
        guard !removed.isEmpty else { return items }
        // Terms are distinct: the folded items are known by them.
        items.fold(removing: removed.contains, related: related)
        return items
    }

    /// An English name written one way: "the 20th National Congress of the Communist Party of China" is "the 20th
    /// National Congress of the CPC", and "the National People's Congress (NPC)" is "the National People's Congress".
    static func key(_ english: String) -> String {
        var key = ""
        var depth = 0
        for character in english.lowercased() {
            if character == "(" { depth += 1 } else if character == ")" { depth = max(depth - 1, 0) } else if depth == 0 { key.append(character) }
        }
        key = key.replacingOccurrences(of: "communist party of china", with: "cpc")
        if key.hasPrefix("the ") { key.removeFirst(4) }
        return key.split(separator: " ").joined(separator: " ")
    }

    /// Whether two items with one English name are one name written two ways.
    static func areOneName(_ a: VocabularyItem, _ b: VocabularyItem, fullForm: (String) -> String?) -> Bool {
        a.glossSource == .frame || b.glossSource == .frame || isShortenedName(a, b)
            || fullForm(a.term) == b.term || fullForm(b.term) == a.term || isPartyCongress(a.term, b.term)
    }

    /// Whether two names of a body or a post are one cut short at its start or its end (政治局委员 of
    /// 中共中央政治局委员, 上合 of 上合组织). Words are not names: 互利 is a word of its own beside 互惠互利, though
    /// both are "mutual benefit"; and a match in the middle is a coincidence of characters (互信 in 相互信任).
    static func isShortenedName(_ a: VocabularyItem, _ b: VocabularyItem) -> Bool {
        guard a.kind == b.kind, [.organisation, .title].contains(a.kind) else { return false }
        return a.term.unicodeScalars.count < b.term.unicodeScalars.count ? isShortening(a.term, of: b.term) : isShortening(b.term, of: a.term)
    }

    /// Whether one term is the other said in full with "党的" (党的二十大 and 二十大: one congress).
    static func isPartyCongress(_ a: String, _ b: String) -> Bool {
        PartyCongresses.name(in: a) == b || PartyCongresses.name(in: b) == a
    }

    /// Whether `short` is `long` cut short at its start or its end.
    static func isShortening(_ short: String, of long: String) -> Bool {
        short != long && (long.hasPrefix(short) || long.hasSuffix(short))
    }
}
