import Foundation

/// How freely runs of words combine with what stands around them: the entropy (bits) of the words seen just left
/// and just right of each run. The neighbours are kept as one flat list of (run, neighbour) pairs, sorted at the
/// end so that equal pairs stand together: a 20 MB text has hundreds of thousands of runs to measure, and a
/// table of neighbours for each held many times the memory of the pairs themselves.
struct NeighbourFreedom {
    private let runs: Int
    private var left: [UInt64] = []
    private var right: [UInt64] = []

    /// Measures runs numbered `0..<runs`.
    init(runs: Int) {
        self.runs = runs
    }

    /// One occurrence of run `run` between `left` and `right`: word numbers, or a negative number for a sentence
    /// edge.
    mutating func note(run: Int32, left leftWord: Int, right rightWord: Int) {
        left.append(Self.pair(run, leftWord))
        right.append(Self.pair(run, rightWord))
    }

    /// The entropies of the left and of the right neighbours of each run, by its number (0 for a run never
    /// noted). Consumes the pairs.
    mutating func entropies() -> (left: [Double], right: [Double]) {
        let leftEntropies = Self.entropies(of: &left, runs: runs)
        let rightEntropies = Self.entropies(of: &right, runs: runs)
        return (leftEntropies, rightEntropies)
    }

    private static func pair(_ run: Int32, _ neighbour: Int) -> UInt64 {
        UInt64(UInt32(bitPattern: run)) << 32 | UInt64(UInt32(bitPattern: Int32(truncatingIfNeeded: neighbour)))
    }

    private static func entropies(of pairs: inout [UInt64], runs: Int) -> [Double] {
        pairs.sort()
        var entropies = [Double](repeating: 0, count: runs)
        var counts: [Int] = []
        var index = 0
        while index < pairs.count {
            let run = pairs[index] >> 32
            counts.removeAll(keepingCapacity: true)
            while index < pairs.count, pairs[index] >> 32 == run {
                let pair = pairs[index]
                var count = 0
                while index < pairs.count, pairs[index] == pair {
                    count += 1
                    index += 1
                }
                counts.append(count)
            }
            entropies[Int(run)] = CompoundDiscovery.entropy(of: counts)
        }
        pairs = []
        return entropies
    }
}
