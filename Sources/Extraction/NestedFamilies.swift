import Lexicon

/// One card per family of nested units: a unit the text has only inside longer units it also yields
/// (伙伴关系 and 战略合作伙伴关系 inside 全面战略合作伙伴关系; 攻坚战 inside 脱贫攻坚战) is not a card of its
/// own here but is listed as related on the card of the unit that holds it. Parts that stand on their own
/// somewhere in the text keep their card. Items of an enumeration (发展观、安全观) are units the list names,
/// and so are the items of a parallel series that are units of their own (全球发展倡议 in
/// 全球发展倡议、全球安全倡议、全球文明倡议; 银发经济 in 首发经济、冰雪经济、银发经济): only what is not a unit is
/// no card there, and that never was one. A core unit of the register or an idiom keeps its card
/// wherever it stands (中国特色社会主义 inside 习近平新时代中国特色社会主义思想): `isEstablished` says which.
enum NestedFamilies {
    /// Cards that need not open the list beside a unit of their family: the top this many hold one card a family.
    static let distinctTop = 20

    /// `outranks(part, holder)` says when a part is the better unit of the two (提振消费 in 大力提振消费): it
    /// keeps its card, the holder only adds a modifier to it.
    static func folded(
        _ items: consuming [VocabularyItem], candidates: CandidateTable, isEstablished: (String) -> Bool,
        outranks: (String, String) -> Bool = { _, _ in false }
    ) -> [VocabularyItem] {
        // The candidates that are items, by number, and not series: the only holders that count.
        var holding = [Bool](repeating: false, count: candidates.candidates.count)
        for item in items[...] where !isSeries(item.term) {
            if let number = candidates.number(of: item.term) { holding[Int(number)] = true }
        }
        var holder: [String: String] = [:]
        for item in items[...] {
            guard let candidate = candidates.candidate(item.term), candidate.origin != .enumeration, candidate.occurrences.count > 0,
                !candidate.occurrences.hasFreePlace, !isEstablished(item.term)
            else { continue }
            var holders: [String: Int] = [:]
            let allHeld = candidate.occurrences.holders.allSatisfy { placeHolders in
                // The smallest container is the unit the part belongs to (战略合作伙伴关系 before the clause).
                let containers = placeHolders.filter { holding[Int($0.candidate)] }.map { holder in
                    (length: Int(holder.length), term: candidates.candidates[Int(holder.candidate)].term)
                }
                if let smallest = containers.min(by: { ($0.length, $0.term) < ($1.length, $1.term) }) {
                    holders[smallest.term, default: 0] += 1
                    return true
                }
                return false
            }
            if allHeld, let best = holders.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), !outranks(item.term, best.key) {
                holder[item.term] = best.key
            }
        }
        // A part whose holder is itself held belongs to the outermost card (攻坚 → 攻坚战 → 脱贫攻坚战).
        func root(_ term: String) -> String {
            var term = term
            var seen: Set<String> = [term]
            while let next = holder[term], seen.insert(next).inserted { term = next }
            return term
        }
        var related: [String: [String]] = [:]
        for term in holder.keys { related[root(term), default: []].append(term) }
        items.fold(removing: { holder[$0] != nil }, related: related.mapValues { $0.sorted { ($0.count, $0) > ($1.count, $1) } })
        return items
    }

    /// The best cards first, but one card of a family in the top `distinctTop`: a part or a longer form of a
    /// unit already placed there waits until after them (打赢脱贫攻坚战 behind 脱贫攻坚战).
    static func diversified(_ items: consuming [VocabularyItem]) -> [VocabularyItem] {
        var top: [VocabularyItem] = []
        var topKeys: [String] = []
        var waiting: [VocabularyItem] = []
        // The items before `rest` go to the top or wait; from `rest` on they stay in their order.
        var rest = 0
        while rest < items.count, top.count < distinctTop {
            let item = items[rest]
            rest += 1
            let key = LexiconKey.of(item.term)
            if topKeys.contains(where: { $0.contains(key) || key.contains($0) }) {
                waiting.append(item)
            } else {
                top.append(item)
                topKeys.append(key)
            }
        }
        // In place (a long input has tens of thousands of items): the top first, then the waiting items merged
        // with the rest. Each place written holds an item already taken, or the rest's next item itself.
        var place = 0
        for item in top {
            items[place] = item
            place += 1
        }
        var next = 0
        while next < waiting.count || rest < items.count {
            if rest == items.count || (next < waiting.count && waiting[next].score >= items[rest].score) {
                items[place] = waiting[next]
                next += 1
            } else {
                items.swapAt(place, rest)
                rest += 1
            }
            place += 1
        }
        return items
    }

    /// A parallel series (、) or parallel clauses (，): its items name units, they are not its parts.
    static func isSeries(_ term: String) -> Bool {
        // The scalars first: the string search goes through Foundation, and finds nothing where they are not.
        let scalars = term.unicodeScalars
        return (scalars.contains("、") && term.contains("、")) || (scalars.contains("，") && term.contains("，"))
    }
}
