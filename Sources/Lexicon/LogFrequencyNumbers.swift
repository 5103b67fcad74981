/// The keys' log-frequencies as the slots hold them (see `LexiconSlot`): the distinct values numbered from 1 in
/// the order of their bit patterns, and each key's number.
///
/// A 716,000-key build meets about 5,400 distinct values, so they are found through a small open-addressing table
/// of its own: a `Set` and a `Dictionary` of every key's value spent a tenth of the build hashing.
struct LogFrequencyNumbers {
    /// The distinct bit patterns, ascending: number `n` is `table[n - 1]`.
    let table: [UInt32]
    /// Per value given, its number.
    let numbers: [UInt16]

    init(bitPatterns: [UInt32]) {
        let slotCount = LexiconSlot.logFrequencyCapacity * 2
        // Per slot, the value's place in `distinct` plus one; zero for an empty slot.
        var slots = [Int32](repeating: 0, count: slotCount)
        var distinct: [UInt32] = []
        var places = [Int32](repeating: 0, count: bitPatterns.count)
        for (index, value) in bitPatterns.enumerated() {
            // Fibonacci hashing: the top bits of the product, spread over the table.
            var slot = Int((value &* 0x9E37_79B1) >> 17) & (slotCount - 1)
            while slots[slot] != 0, distinct[Int(slots[slot]) - 1] != value { slot = (slot + 1) & (slotCount - 1) }
            if slots[slot] == 0 {
                precondition(distinct.count + 1 < LexiconSlot.logFrequencyCapacity, "too many distinct log-frequencies for the slot layout")
                distinct.append(value)
                slots[slot] = Int32(distinct.count)
            }
            places[index] = slots[slot] - 1
        }
        let ascending = distinct.indices.sorted { distinct[$0] < distinct[$1] }
        var numberOfPlace = [UInt16](repeating: 0, count: distinct.count)
        for (position, place) in ascending.enumerated() { numberOfPlace[place] = UInt16(position + 1) }
        table = ascending.map { distinct[$0] }
        numbers = places.map { numberOfPlace[Int($0)] }
    }
}
