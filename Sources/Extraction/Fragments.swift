/// Drops a candidate every occurrence of which lies inside an occurrence of a longer candidate:
/// in that text it is a fragment of the larger unit (合作 inside “合作观”), not a unit. Units in their own
/// right (glossary terms, idioms: `isUnit`) stay, since a learner wants 中国特色社会主义 even when the text
/// only has it inside 习近平新时代中国特色社会主义思想.
enum Fragments {
    static func removed(from candidates: [String: Candidate], isUnit: (String) -> Bool) -> [String: Candidate] {
        var bySentence: [Int: [Occurrence]] = [:]
        for candidate in candidates.values {
            for occurrence in candidate.occurrences { bySentence[occurrence.sentence, default: []].append(occurrence) }
        }
        return candidates.filter { _, candidate in
            isUnit(candidate.term)
                || !candidate.occurrences.allSatisfy { occurrence in
                    bySentence[occurrence.sentence, default: []].contains { $0.length > occurrence.length && $0.contains(occurrence) }
                }
        }
    }
}
