/// A gloss read from a unit's parts ("economic + social + development") is a last resort: the top of the list
/// holds at most one such card, the others wait until after it, in their order.
enum ComposedGlosses {
    static let top = 50
    static let allowedInTop = 1

    static func capped(_ items: consuming [VocabularyItem]) -> [VocabularyItem] {
        var head: [VocabularyItem] = []
        var waiting: [VocabularyItem] = []
        var composed = 0
        var index = 0
        while index < items.count, head.count < top {
            let item = items[index]
            if item.glossSource == .parts {
                composed += 1
                if composed > allowedInTop {
                    waiting.append(item)
                    index += 1
                    continue
                }
            }
            head.append(item)
            index += 1
        }
        // In place (a long input has tens of thousands of items): only the places before `index` change.
        items.replaceSubrange(0..<index, with: head + waiting)
        return items
    }
}
