/// One card for a name the text writes two ways: 十四届全国人大二次会议 and 第十四届全国人民代表大会第二次会议 are
/// the same session, and so is their English. The form with the better score keeps the card; the other is listed
/// as related on it.
enum SameNames {
    /// `english` gives the English a frame writes for a term (`Gloss.framed`), nil for terms no frame explains.
    static func folded(_ items: consuming [VocabularyItem], english: (String) -> String?) -> [VocabularyItem] {
        var keeper: [String: Int] = [:]
        var folded: [Int: Int] = [:]
        for index in items.indices where items[index].glossSource == .frame {
            guard let name = english(items[index].term) else { continue }
            if let kept = keeper[name] {
                let better = items[index].score > items[kept].score ? index : kept
                let other = better == index ? kept : index
                keeper[name] = better
                folded[other] = better
            } else {
                keeper[name] = index
            }
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
}
