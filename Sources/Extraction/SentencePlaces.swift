/// The places of candidates the finder met in one sentence, in the order it met them, each once (a word that
/// is also quoted is one place), and the parts of the compounds among them.
struct SentencePlaces {
    struct Place {
        var term: String
        var origin: Candidate.Origin
        var occurrence: Occurrence
        /// A place already met in the sentence as the same term: it only says one more way the term was found.
        var isRepeat: Bool
    }

    private(set) var places: [Place] = []
    /// The words of the compounds met, in order (a compound's last one stands).
    private(set) var compoundParts: [(term: String, parts: [String])] = []

    mutating func add(_ term: String, _ origin: Candidate.Origin, _ occurrence: Occurrence) {
        let isRepeat = places.contains { !$0.isRepeat && $0.occurrence == occurrence && $0.term == term }
        places.append(Place(term: term, origin: origin, occurrence: occurrence, isRepeat: isRepeat))
    }

    mutating func setParts(of term: String, to parts: [String]) {
        compoundParts.append((term, parts))
    }

    /// The places (by index) longer than place `index` that hold it: what makes it a fragment of a larger unit
    /// here, or a part of a family.
    func holders(of index: Int) -> [Int] {
        let held = places[index].occurrence
        return places.indices.filter { other in
            !places[other].isRepeat && places[other].occurrence.length > held.length && places[other].occurrence.contains(held)
        }
    }
}
