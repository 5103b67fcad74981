import Foundation

/// The cards of a replay by their names' UTF-8 bytes: an open-addressing table of the names' FNV-1a hashes (which
/// are the cards' ids as well), the names kept end to end in one array.
///
/// Why: a `Dictionary` keyed by String made a String of every line's card name and hashed it again; a replay of a
/// million lines spent more on that than on scheduling.
struct ReplayCards {
    /// What the replay keeps of a card between its reviews.
    struct Tracked {
        var card: ScheduledCard
        var lastTime: Timestamp
        /// The line of the card's last review, for the message about a review out of order.
        var lastLine: Int
    }

    private var tracked: [Tracked] = []
    private var hashes: [UInt64] = []
    /// Where each card's name ends in `names`; it starts where the one before ends.
    private var nameEnds: [Int] = []
    private var names: [UInt8] = []
    /// A card's place in `tracked` plus one; zero for an empty slot. Never more than half full.
    private var slots = [Int32](repeating: 0, count: 1 << 10)

    /// The place of the card named `name` (whose FNV-1a hash is `hash`), or nil for a card not seen yet.
    func index(of name: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash, nameMatches(index, name) { return index }
            slot = (slot + 1) & mask
        }
        return nil
    }

    subscript(index: Int) -> Tracked {
        get { tracked[index] }
        set { tracked[index] = newValue }
    }

    /// Adds a card that `index(of:hash:)` did not find.
    mutating func insert(_ card: Tracked, name: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        tracked.append(card)
        hashes.append(hash)
        names.append(contentsOf: name)
        nameEnds.append(names.count)
        if tracked.count * 2 > slots.count {
            slots = [Int32](repeating: 0, count: slots.count * 2)
            for index in tracked.indices { place(index) }
        } else {
            place(tracked.count - 1)
        }
    }

    private mutating func place(_ index: Int) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hashes[index]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(index + 1)
    }

    private func nameMatches(_ index: Int, _ name: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = index == 0 ? 0 : nameEnds[index - 1]
        guard nameEnds[index] - start == name.count else { return false }
        guard let wanted = name.baseAddress else { return true }
        return names.withUnsafeBufferPointer { stored in
            guard let stored = stored.baseAddress else { return false }
            return memcmp(stored + start, wanted, name.count) == 0
        }
    }
}
