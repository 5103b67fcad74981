import Foundation

/// Distinct byte strings numbered in the order first seen, for the index build: every key in one byte arena,
/// found through an open-addressing table of FNV-1a hashes (the hash the image's slots use, so it is computed
/// once per key). A Dictionary of Strings costs an allocation, a hash of its own and reference counting per key;
/// this costs none.
///
/// Keys are equal when their bytes are: unlike String equality, two canonically equivalent spellings (a CJK
/// compatibility ideograph and its unified form) stay two keys, as the image's byte-hashed lookups see them.
struct KeyTable {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    private var arena: [UInt8] = []
    /// Key `id` is `arena[starts[id]..<starts[id + 1]]`.
    private var starts: [UInt32] = [0]
    private(set) var hashes: [UInt64] = []
    /// Per slot, the key's number plus one in the low 24 bits and the top 8 bits of its hash above them, so a
    /// probe reads the key's bytes only when those agree; zero for an empty slot. The count is a power of two,
    /// at most half full.
    private var slots: [UInt32]
    private static let numberBits: UInt32 = 24
    private static let numberMask: UInt32 = 1 << numberBits - 1

    /// Room for `capacity` keys before anything grows; memory is reserved, not touched, for the unused part.
    init(capacity: Int = 1024, arenaCapacity: Int = 0) {
        var slotCount = 16
        while slotCount < capacity * 2 { slotCount <<= 1 }
        slots = [UInt32](repeating: 0, count: slotCount)
        hashes.reserveCapacity(capacity)
        starts.reserveCapacity(capacity + 1)
        arena.reserveCapacity(arenaCapacity)
    }

    var count: Int { hashes.count }

    /// The number of `key`, added if it is new.
    mutating func insert(_ key: Bytes) -> Int {
        insert(key, hash: FNV1a.hash(key))
    }

    mutating func insert(_ key: Bytes, hash: UInt64) -> Int {
        precondition(!slots.isEmpty, "keys added after the lookup table was released")
        let (found, slot) = probe(key, hash: hash)
        if let found { return found }
        let id = hashes.count
        precondition(id + 1 < Self.numberMask, "too many keys for the key table")
        arena.append(contentsOf: key)
        starts.append(UInt32(arena.count))
        hashes.append(hash)
        slots[slot] = Self.tag(hash) | UInt32(id + 1)
        if hashes.count * 2 > slots.count { grow() }
        return id
    }

    /// The number of `key` if it is in the table.
    func find(_ key: Bytes, hash: UInt64) -> Int? {
        precondition(!slots.isEmpty, "keys looked up after the lookup table was released")
        return probe(key, hash: hash).found
    }

    /// Walks the slots from the hash's own: the key's number where it is found, else the empty slot it would take.
    private func probe(_ key: Bytes, hash: UInt64) -> (found: Int?, slot: Int) {
        let mask = slots.count - 1
        let tag = Self.tag(hash)
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if slots[slot] & ~Self.numberMask == tag, matches(Int(slots[slot] & Self.numberMask) - 1, key) {
                return (Int(slots[slot] & Self.numberMask) - 1, slot)
            }
            slot = (slot + 1) & mask
        }
        return (nil, slot)
    }

    /// Frees the lookup table once every key is in: the keys, their numbers and hashes stay readable, and the
    /// memory goes to the image's own slot table instead.
    mutating func releaseLookupTable() {
        slots = []
    }

    /// Calls `body` with the bytes of key `id`.
    func withKey<Result>(_ id: Int, _ body: (Bytes) throws -> Result) rethrows -> Result {
        let range = Int(starts[id])..<Int(starts[id + 1])
        return try arena.withUnsafeBufferPointer { try body(Bytes(rebasing: $0[range])) }
    }

    /// Calls `body` with the whole arena and the offsets of the keys in it (`starts[id]..<starts[id + 1]`).
    func withArena<Result>(_ body: (Bytes, [UInt32]) throws -> Result) rethrows -> Result {
        try arena.withUnsafeBufferPointer { try body($0, starts) }
    }

    func length(_ id: Int) -> Int { Int(starts[id + 1] - starts[id]) }

    private static func tag(_ hash: UInt64) -> UInt32 {
        UInt32(truncatingIfNeeded: hash >> 56) << numberBits
    }

    private func matches(_ id: Int, _ key: Bytes) -> Bool {
        let start = Int(starts[id])
        let length = Int(starts[id + 1]) - start
        guard length == key.count else { return false }
        return arena.withUnsafeBufferPointer { stored in
            guard let stored = stored.baseAddress, let wanted = key.baseAddress else { return length == 0 }
            return memcmp(stored + start, wanted, length) == 0
        }
    }

    /// Doubles the table, placing every key again by its stored hash.
    private mutating func grow() {
        let slotCount = slots.count * 2
        let mask = slotCount - 1
        var grown = [UInt32](repeating: 0, count: slotCount)
        for (id, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while grown[slot] != 0 { slot = (slot + 1) & mask }
            grown[slot] = Self.tag(hash) | UInt32(id + 1)
        }
        slots = grown
    }
}
