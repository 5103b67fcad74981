/// Every place of every item in one array, ordered by sentence and start, for finding the places that contain a
/// given one: a container starts at most `longestUnit` scalars before the place, so a binary search gives the
/// few that can. (A dictionary per sentence of arrays per start held the same for a long input in five times
/// the memory: a 20 MB input has millions of places.)
struct PlacesByStart {
    struct Place {
        private var sentence32: Int32
        private var start32: Int32
        private var length32: Int32
        private var item32: Int32

        init(_ occurrence: Occurrence, item: Int) {
            sentence32 = Int32(truncatingIfNeeded: occurrence.sentence)
            start32 = Int32(truncatingIfNeeded: occurrence.start)
            length32 = Int32(truncatingIfNeeded: occurrence.length)
            item32 = Int32(truncatingIfNeeded: item)
        }

        var sentence: Int { Int(sentence32) }
        var start: Int { Int(start32) }
        var length: Int { Int(length32) }
        /// The index of the item in the list the places were gathered from.
        var item: Int { Int(item32) }

        /// Whether this place holds `other`, in the same sentence.
        func contains(_ other: Occurrence) -> Bool {
            sentence == other.sentence && start <= other.start && other.start + other.length <= start + length
        }
    }

    private let places: [Place]
    /// The longest place's length.
    let longestUnit: Int

    /// The places of each item's candidate.
    init(items: [VocabularyItem], candidates: [String: Candidate]) {
        var places: [Place] = []
        var longestUnit = 0
        for (index, item) in items.enumerated() {
            for occurrence in candidates[item.term]?.occurrences ?? [] {
                places.append(Place(occurrence, item: index))
                longestUnit = max(longestUnit, occurrence.length)
            }
        }
        places.sort { ($0.sentence, $0.start) < ($1.sentence, $1.start) }
        self.places = places
        self.longestUnit = longestUnit
    }

    /// The places of `sentence` that start within `starts`.
    func places(in sentence: Int, startingIn starts: ClosedRange<Int>) -> ArraySlice<Place> {
        places[firstIndex(notBefore: sentence, starts.lowerBound)..<firstIndex(notBefore: sentence, starts.upperBound + 1)]
    }

    /// The index of the first place at or after (`sentence`, `start`).
    private func firstIndex(notBefore sentence: Int, _ start: Int) -> Int {
        var low = 0
        var high = places.count
        while low < high {
            let middle = (low + high) / 2
            if (places[middle].sentence, places[middle].start) < (sentence, start) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
