import Foundation

/// Writing the image (see `LexiconImage` for the layout): keys in UTF-8 byte order, sorted once; the hash slots
/// filled in that order; then each section streamed to the output, the header first, since every offset and
/// length is known before a byte is written.
extension LexiconIndexBuilder {
    func writeImage(checksum: UInt64, to output: inout ImageOutput) throws {
        let count = keys.count
        precondition(count < Int(LexiconImage.slotEntryMask), "too many keys for the slot layout")
        let order = keysInByteOrder()
        var slotCount = 1
        while slotCount < count * 2 { slotCount <<= 1 }
        // Two UInt64 per slot: the hash, then log-frequency (low half) and entry number with flags (high half).
        var slots = [UInt64](repeating: 0, count: slotCount * 2)
        var keysLength = 0
        var payloadLength = 0
        for (index, id) in order.enumerated() {
            keysLength += keys.length(id)
            payloadLength += records.payloadLength(id)
            let hash = keys.hashes[id]
            var slot = Int(hash & UInt64(slotCount - 1))
            while slots[slot * 2 + 1] != 0 {
                // The segmenter trusts a full 64-bit hash match; two keys sharing one would make it wrong.
                precondition(slots[slot * 2] != hash, "two lexicon keys share a 64-bit hash")
                slot = (slot + 1) & (slotCount - 1)
            }
            var marker = UInt32(index + 1)
            if flags[id].contains(.word) { marker |= LexiconImage.slotIsWord }
            if flags[id].contains(.prefix) { marker |= LexiconImage.slotIsPrefix }
            slots[slot * 2] = hash
            // The natural log of the count (a word missing from jieba's counts counts once), ready for the segmenter.
            let logFrequency = Float(self.logFrequency[id] ?? log(Double(max(frequency[id], 1))))
            slots[slot * 2 + 1] = UInt64(logFrequency.bitPattern) | UInt64(marker) << 32
        }

        let entriesOffset = LexiconImage.headerSize
        let slotsOffset = entriesOffset + count * LexiconImage.entrySize
        let keysOffset = slotsOffset + slotCount * LexiconImage.slotSize
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

        var keyOffset = 0
        var recordOffset = 0
        for id in order {
            let keyLength = keys.length(id)
            let recordLength = records.payloadLength(id)
            try output.append(UInt32(keyOffset))
            try output.append(UInt16(keyLength))
            try output.append(flags[id].rawValue)
            try output.append(frequency[id])
            try output.append(rank[id])
            try output.append(UInt32(recordOffset))
            try output.append(UInt32(recordLength))
            try output.append(hsk2[id])
            try output.append(hsk3[id])
            try output.append(UInt16(0))
            try output.append(registerCount[id])
            keyOffset += keyLength
            recordOffset += recordLength
        }
        try slots.withUnsafeBytes { try output.append($0) }
        try keys.withArena { arena, starts in
            for id in order { try output.append(Bytes(rebasing: arena[Int(starts[id])..<Int(starts[id + 1])])) }
        }
        for id in order { try records.writePayload(of: id, to: &output) }
        try output.flush()
    }

    /// Every key number, ordered by the keys' UTF-8 bytes. Sorted on each key's first eight bytes as one
    /// big-endian integer (zero-padded, so a shorter key sorts first), the rest compared only on a tie.
    private func keysInByteOrder() -> [Int] {
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
            return order.map { Int($0.id) }
        }
    }
}
