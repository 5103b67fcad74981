/// A run of one to `CompoundDiscovery.lengths.upperBound` (four) words, by number, kept inline: a key that
/// costs no allocation to make or hash. Unused places hold -1 (word numbers are never negative), so the run is
/// 16 bytes: a long text's tables hold hundreds of thousands of runs.
struct WordRun: Hashable {
    private var first: Int32 = -1
    private var second: Int32 = -1
    private var third: Int32 = -1
    private var fourth: Int32 = -1

    init() {}

    init<Words: Collection<Int32>>(_ words: Words) {
        for word in words { append(word) }
    }

    /// How many words the run has.
    var count: Int {
        fourth >= 0 ? 4 : third >= 0 ? 3 : second >= 0 ? 2 : first >= 0 ? 1 : 0
    }

    mutating func append(_ word: Int32) {
        switch count {
        case 0: first = word
        case 1: second = word
        case 2: third = word
        default: fourth = word
        }
    }

    /// The word at `index`, below `count`.
    subscript(index: Int) -> Int32 {
        switch index {
        case 0: first
        case 1: second
        case 2: third
        default: fourth
        }
    }

    var words: [Int32] { (0..<count).map { self[$0] } }

    /// The first `length` words.
    func prefix(_ length: Int) -> WordRun { WordRun(words.prefix(length)) }

    /// The words after the first `length`.
    func dropping(_ length: Int) -> WordRun { WordRun(words.dropFirst(length)) }
}
