import Foundation

/// Writing the image (see `LexiconImage` for the layout): keys in UTF-8 byte order, sorted once; the hash slots
/// filled in that order; then each section streamed to the output, the header first, since every offset and
/// length is known before a byte is written.
extension LexiconIndexBuilder {
    func writeImage(checksum: UInt64, to output: inout ImageOutput) throws {
        let count = keys.count
        precondition(count < Int(UInt32.max), "too many keys for the slot layout")
        let order = keysInByteOrder()
        let slotCount = LexiconImage.slotCount(forKeys: count)
        // Where each key's slot is, as its place in `order` plus one (zero: empty): also the entry numbers the
        // image stores by slot. The slots themselves are made as they are written.
        var occupants = [UInt32](repeating: 0, count: slotCount)
        var keysLength = 0
        var payloadLength = 0
        for (index, id) in order.enumerated() {
            keysLength += keys.length(Int(id))
            payloadLength += records.payloadLength(Int(id))
            let hash = keys.hashes[Int(id)]
            var slot = Int(hash & UInt64(slotCount - 1))
            while occupants[slot] != 0 {
                // A probe takes the first slot with its fingerprint; a key passing another with the same one
                // would never be found.
                let passed = keys.hashes[Int(order[Int(occupants[slot]) - 1])]
                precondition(LexiconSlot.fingerprint(passed) != LexiconSlot.fingerprint(hash), "two lexicon keys share a 48-bit fingerprint")
                slot = (slot + 1) & (slotCount - 1)
            }
            occupants[slot] = UInt32(index + 1)
        }
        // The natural log of each key's count (a word missing from jieba's counts counts once), ready for the
        // segmenter, numbered.
        let logFrequencies = LogFrequencyNumbers(
            bitPatterns: order.map { id in Float(self.logFrequency[Int(id)] ?? log(Double(max(frequency[Int(id)], 1)))).bitPattern })

        let entriesOffset = LexiconImage.headerSize
        let slotsOffset = entriesOffset + count * LexiconImage.entrySize
        let keysOffset = slotsOffset + LexiconImage.slotSectionsLength(slotCount: slotCount)
        let payloadOffset = keysOffset + keysLength
        try LexiconImage.magic.withUnsafeBufferPointer { try output.append($0) }
        try output.append(LexiconImage.formatVersion)
        try output.append(UInt32(count))
        try output.append(UInt32(slotCount))
        try output.append(UInt32(clamping: totalFrequency))
        try output.append(checksum)
        for value in [entriesOffset, slotsOffset, keysOffset, keysLength, payloadOffset, payloadLength] {
            try output.append(UInt64(value))
        }
        try output.append(registerTotal)

        // The entries, in key order; on the way, each key's slot word by its place in that order, so writing
        // the slots in hash order reads one array instead of every fact of the key.
        var slotWords = [UInt64](repeating: 0, count: count)
        var entry = [UInt8](repeating: 0, count: LexiconImage.entrySize)
        var keyOffset = 0
        var recordOffset = 0
        for (index, id32) in order.enumerated() {
            let id = Int(id32)
            let keyLength = keys.length(id)
            let recordLength = records.payloadLength(id)
            let keyFlags = flags[id]
            entry.withUnsafeMutableBytes { entry in
                entry.storeBytes(of: UInt32(keyOffset).littleEndian, toByteOffset: 0, as: UInt32.self)
                entry.storeBytes(of: UInt16(keyLength).littleEndian, toByteOffset: 4, as: UInt16.self)
                entry.storeBytes(of: keyFlags.rawValue.littleEndian, toByteOffset: 6, as: UInt16.self)
                entry.storeBytes(of: frequency[id].littleEndian, toByteOffset: 8, as: UInt32.self)
                entry.storeBytes(of: rank[id].littleEndian, toByteOffset: 12, as: UInt32.self)
                entry.storeBytes(of: UInt32(recordOffset).littleEndian, toByteOffset: 16, as: UInt32.self)
                entry.storeBytes(of: UInt32(recordLength).littleEndian, toByteOffset: 20, as: UInt32.self)
                entry.storeBytes(of: hsk2[id], toByteOffset: 24, as: UInt8.self)
                entry.storeBytes(of: hsk3[id], toByteOffset: 25, as: UInt8.self)
                entry.storeBytes(of: UInt16(0), toByteOffset: 26, as: UInt16.self)
                entry.storeBytes(of: registerCount[id].littleEndian, toByteOffset: 28, as: UInt32.self)
            }
            try entry.withUnsafeBytes { try output.append($0) }
            keyOffset += keyLength
            recordOffset += recordLength
            slotWords[index] = LexiconSlot.word(
                hash: keys.hashes[id], isWord: keyFlags.contains(.word), isPrefix: keyFlags.contains(.prefix),
                logFrequencyNumber: Int(logFrequencies.numbers[index]))
        }
        try Self.writeSlots(occupants, words: slotWords, to: &output)
        var tableBytes = [UInt32](repeating: 0, count: LexiconSlot.logFrequencyCapacity)
        for (number, bitPattern) in zip(1..., logFrequencies.table) { tableBytes[number] = bitPattern.littleEndian }
        try tableBytes.withUnsafeBytes { try output.append($0) }
        try keys.withArena { arena, starts in
            for id in order { try output.append(Bytes(rebasing: arena[Int(starts[Int(id)])..<Int(starts[Int(id) + 1])])) }
        }
        for id in order { try records.writePayload(of: Int(id), to: &output) }
        try output.flush()
    }

    /// The slot words (zero for an empty slot), then each slot's entry number plus one. Made in 64 KB pieces.
    private static func writeSlots(_ occupants: [UInt32], words: [UInt64], to output: inout ImageOutput) throws {
        var piece: [UInt64] = []
        piece.reserveCapacity(8192)
        for occupant in occupants {
            piece.append(occupant == 0 ? 0 : words[Int(occupant) - 1].littleEndian)
            if piece.count == 8192 {
                try piece.withUnsafeBytes { try output.append($0) }
                piece.removeAll(keepingCapacity: true)
            }
        }
        try piece.withUnsafeBytes { try output.append($0) }
        try occupants.map { $0.littleEndian }.withUnsafeBytes { try output.append($0) }
    }

    /// Every key number, ordered by the keys' UTF-8 bytes. Sorted on each key's first eight bytes as one
    /// big-endian integer (zero-padded, so a shorter key sorts first), the rest compared only on a tie.
    private func keysInByteOrder() -> [Int32] {
        keys.withArena { arena, starts in
            var order: [(head: UInt64, id: Int32)] = (0..<keys.count).map { id in
                let start = Int(starts[id])
                let end = Int(starts[id + 1])
                var head: UInt64 = 0
                for position in 0..<8 {
                    head <<= 8
                    if start + position < end { head |= UInt64(arena[start + position]) }
                }
                return (head, Int32(id))
            }
            order.sort { first, second in
                if first.head != second.head { return first.head < second.head }
                let firstStart = Int(starts[Int(first.id)])
                let firstLength = Int(starts[Int(first.id) + 1]) - firstStart
                let secondStart = Int(starts[Int(second.id)])
                let secondLength = Int(starts[Int(second.id) + 1]) - secondStart
                let common = min(firstLength, secondLength)
                if common > 8, let base = arena.baseAddress {
                    let comparison = memcmp(base + firstStart + 8, base + secondStart + 8, common - 8)
                    if comparison != 0 { return comparison < 0 }
                }
                return firstLength < secondLength
            }
            return order.map(\.id)
        }
    }
}
