/// Drops a candidate every occurrence of which lies inside an occurrence of a longer candidate:
/// in that text it is a fragment of the larger unit (合作 inside “合作观”), not a unit. Units in their own
/// right (glossary terms, idioms: `isUnit`) stay, since a learner wants 中国特色社会主义 even when the text
/// only has it inside 习近平新时代中国特色社会主义思想.
enum Fragments {
    /// The places in `candidates` of those that are no fragments (the candidates themselves are not copied).
    static func remaining(in candidates: CandidateList, isUnit: (String) -> Bool) -> [Int] {
        // Whether a place stands inside a longer one is seen in its sentence, as the text is read.
        candidates.indices.filter { candidates[$0].occurrences.hasFreePlace || isUnit(candidates[$0].term) }
    }
}
