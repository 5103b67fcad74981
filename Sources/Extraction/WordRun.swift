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

extension WordRun {
    /// The four places as two 64-bit words: what `WordRunTable` hashes and compares.
    fileprivate var halves: (UInt64, UInt64) {
        (
            UInt64(UInt32(bitPattern: self[0])) | UInt64(UInt32(bitPattern: self[1])) << 32,
            UInt64(UInt32(bitPattern: self[2])) | UInt64(UInt32(bitPattern: self[3])) << 32
        )
    }
}

/// A number for each of a set of runs of words, in one open-addressed table: new-word discovery looks up every run
/// of up to four words of a text (tens of millions for 20 MB) in tables of a few hundred thousand runs, and a
/// `Dictionary` hashed each one with SipHash. Runs are compared whole, so what a lookup finds is what the
/// dictionary found; walking the table (`forEach`) goes in the order of its slots, which depends on the runs alone.
struct WordRunTable {
    /// The runs by slot; an empty run (no words) marks an empty slot.
    private var keys: [WordRun]
    private var values: [Int32]
    private var mask: Int
    private(set) var count = 0

    /// A table that holds `capacity` runs before it grows.
    init(capacity: Int = 1024) {
        var slots = 16
        while slots < capacity * 2 { slots <<= 1 }
        keys = Array(repeating: WordRun(), count: slots)
        values = Array(repeating: 0, count: slots)
        mask = slots - 1
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    private func slot(of run: WordRun) -> Int {
        let (low, high) = run.halves
        var hash = low &* 0x9E37_79B9_7F4A_7C15 ^ (high &+ 0x632B_E59B_D9B4_E019) &* 0xC2B2_AE3D_27D4_EB4F
        hash ^= hash >> 29
        hash &*= 0xBF58_476D_1CE4_E5B9
        hash ^= hash >> 32
        return Int(truncatingIfNeeded: hash) & mask
    }

    /// The slot holding `run`, or the empty slot where it would go.
    @inline(__always)
    private func find(_ run: WordRun) -> (slot: Int, found: Bool) {
        var slot = slot(of: run)
        while true {
            let key = keys[slot]
            if key == run { return (slot, true) }
            if key.count == 0 { return (slot, false) }
            slot = (slot &+ 1) & mask
        }
    }

    /// The number kept for `run`, if the table has it.
    @inline(__always)
    subscript(run: WordRun) -> Int32? {
        let (slot, found) = find(run)
        return found ? values[slot] : nil
    }

    /// Sets the number kept for `run`.
    mutating func set(_ run: WordRun, to value: Int32) {
        let (slot, found) = find(run)
        if found {
            values[slot] = value
        } else {
            insert(run, value, at: slot)
        }
    }

    /// Adds `amount` to the number kept for `run` (0 for a run not yet in the table); returns whether the table
    /// had it.
    @discardableResult
    mutating func add(_ amount: Int32, to run: WordRun, onlyIfPresent: Bool = false) -> Bool {
        let (slot, found) = find(run)
        if found {
            values[slot] &+= amount
        } else if !onlyIfPresent {
            insert(run, amount, at: slot)
        }
        return found
    }

    private mutating func insert(_ run: WordRun, _ value: Int32, at slot: Int) {
        keys[slot] = run
        values[slot] = value
        count += 1
        // At most half full: a lookup of a missing run, the usual case, ends at an empty slot soon.
        if count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys
        let oldValues = values
        keys = Array(repeating: WordRun(), count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for index in oldKeys.indices where oldKeys[index].count > 0 {
            let (slot, _) = find(oldKeys[index])
            keys[slot] = oldKeys[index]
            values[slot] = oldValues[index]
        }
    }

    /// Calls `body` with each run and its number, in the order of the table's slots.
    func forEach(_ body: (WordRun, Int32) -> Void) {
        for index in keys.indices where keys[index].count > 0 { body(keys[index], values[index]) }
    }
}
