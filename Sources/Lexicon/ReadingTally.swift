/// Which reading each character has in the words it occurs in, weighted, for the index build: a polyphone
/// gets its common reading (行 xíng over háng) when no word gives it one. Characters are kept as their UTF-8
/// bytes packed into an integer and readings as numbers in a `KeyTable`, so a tally costs no String.
struct ReadingTally {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    private var readings = KeyTable(capacity: 4096)
    /// Keyed by the character's UTF-8 bytes (little-endian, at most four) shifted left 32 bits, or'ed with the
    /// reading's number.
    private var weights: [UInt64: Int] = [:]

    /// The number of UTF-8 bytes of the scalar that starts with `lead`.
    static func scalarLength(lead: UInt8) -> Int {
        switch lead {
        case ..<0x80: 1
        case 0xF0...: 4
        case 0xE0...: 3
        default: 2
        }
    }

    /// Adds `weight` to `reading` of the one-scalar `character`.
    mutating func add(character: Bytes, reading: Bytes, weight: Int) {
        var packed: UInt64 = 0
        for (position, byte) in character.enumerated() { packed |= UInt64(byte) << (8 * position) }
        let number = readings.insert(reading)
        weights[packed << 32 | UInt64(number), default: 0] += weight
    }

    /// Calls `body` with each character and its reading of the most weight; of equal weights, the reading
    /// that comes first in String order.
    func forEachCommonReading(_ body: (Bytes, Bytes) throws -> Void) rethrows {
        var best: [UInt64: (reading: Int, weight: Int)] = [:]
        for (key, weight) in weights {
            let character = key >> 32
            let reading = Int(key & 0xFFFF_FFFF)
            if let current = best[character],
                current.weight > weight || (current.weight == weight && !comesBefore(reading, current.reading))
            {
                continue
            }
            best[character] = (reading, weight)
        }
        for (character, choice) in best {
            var bytes: [UInt8] = []
            let lead = UInt8(truncatingIfNeeded: character)
            for position in 0..<Self.scalarLength(lead: lead) { bytes.append(UInt8(truncatingIfNeeded: character >> (8 * position))) }
            try bytes.withUnsafeBufferPointer { character in
                try readings.withKey(choice.reading) { try body(character, $0) }
            }
        }
    }

    /// String order of two readings: byte order for ASCII (CC-CEDICT's pinyin), String comparison otherwise.
    private func comesBefore(_ first: Int, _ second: Int) -> Bool {
        readings.withKey(first) { first in
            readings.withKey(second) { second in
                if first.allSatisfy({ $0 < 0x80 }) && second.allSatisfy({ $0 < 0x80 }) {
                    return first.lexicographicallyPrecedes(second)
                }
                return String(decoding: first, as: UTF8.self) < String(decoding: second, as: UTF8.self)
            }
        }
    }
}
