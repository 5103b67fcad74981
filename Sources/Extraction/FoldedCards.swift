/// Cards folded into others (`NestedFamilies`, `VerbPhrases`, `SameNames`): the folded items leave the list, and
/// each card that takes them in lists their terms as related.
extension Array where Element == VocabularyItem {
    /// Removes the items whose terms `isFolded` names, and appends to each item left the terms `related` gives for
    /// it, in their order. In place: a long input has tens of thousands of items, not to be held twice over.
    mutating func fold(removing isFolded: (String) -> Bool, related: [String: [String]]) {
        removeAll { isFolded($0.term) }
        for index in indices {
            guard let terms = related[self[index].term] else { continue }
            self[index].related += terms
        }
    }
}
