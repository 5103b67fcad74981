/// Every candidate of a text, gathered sentence by sentence: what ranking needs of each (`Occurrences`) rather
/// than its places, so that a long input is read without holding its sentences.
struct CandidateTable {
    private var numbers: [String: Int32] = [:]
    private(set) var candidates = CandidateList()

    /// Adds the places found in `sentence`.
    mutating func add(_ found: SentencePlaces, in sentence: ReadSentence) {
        let places = found.places
        var numbersOfPlaces: [Int32] = []
        numbersOfPlaces.reserveCapacity(places.count)
        for place in places {
            let number = self.number(of: place.term, origin: place.origin)
            numbersOfPlaces.append(number)
            candidates[Int(number)].origin = max(candidates[Int(number)].origin, place.origin)
        }
        for (index, place) in places.enumerated() where !place.isRepeat {
            let holders = found.holders(of: index).map { holder in
                Occurrences.Holder(candidate: numbersOfPlaces[holder], length: Int32(truncatingIfNeeded: places[holder].occurrence.length))
            }
            candidates[Int(numbersOfPlaces[index])].occurrences.add(place.occurrence, in: sentence, holders: holders)
        }
        for (term, parts) in found.compoundParts {
            if let number = numbers[term] { candidates[Int(number)].parts = parts }
        }
    }

    /// The candidate's number, given one (found first as `origin`) if it is new.
    private mutating func number(of term: String, origin: Candidate.Origin) -> Int32 {
        if let known = numbers[term] { return known }
        let number = Int32(candidates.count)
        numbers[term] = number
        candidates.append(Candidate(term: term, origin: origin))
        return number
    }

    func number(of term: String) -> Int32? { numbers[term] }

    func candidate(_ term: String) -> Candidate? {
        numbers[term].map { candidates[Int($0)] }
    }
}

/// The candidates, in blocks of a few thousand: a 20 MB text's table of about 80,000 candidates grows a block at
/// a time, where one array grew by doubling, its old and new storage held at once at the peak of the second
/// reading, and up to half of it unused after.
struct CandidateList: RandomAccessCollection {
    private var blocks: [[Candidate]] = []
    private(set) var count = 0

    private static let blockShift = 12
    private static let blockMask = (1 << blockShift) - 1

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    subscript(position: Int) -> Candidate {
        get { blocks[position >> Self.blockShift][position & Self.blockMask] }
        // In place: a candidate's places are added to it, holders and all, without copying it out and back.
        _modify { yield &blocks[position >> Self.blockShift][position & Self.blockMask] }
    }

    mutating func append(_ candidate: Candidate) {
        if count & Self.blockMask == 0 {
            var block: [Candidate] = []
            block.reserveCapacity(Self.blockMask + 1)
            blocks.append(block)
        }
        blocks[blocks.count - 1].append(candidate)
        count += 1
    }
}
