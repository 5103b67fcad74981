/// Every key's payload records while the index is built, in the order they were added: the records' text in
/// one byte arena and a chain of record numbers per key, instead of an array of Strings per key. A record's
/// text can be shared: CC-CEDICT's record goes to both the simplified and the traditional key.
struct PayloadRecords {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    private var arena: [UInt8] = []
    /// Record `n` is `arena[textStarts[n]..<textEnds[n]]`, followed in its key's chain by `next[n]` (-1 ends it).
    private var textStarts: [UInt32] = []
    private var textEnds: [UInt32] = []
    private var next: [Int32] = []
    /// Per key, the first and last record of its chain (-1 when it has none), and the payload's length.
    private var first: [Int32] = []
    private var last: [Int32] = []
    private(set) var payloadLengths: [UInt32] = []

    /// Room for `keys` keys, `records` records and `textBytes` bytes of text before anything grows: memory is
    /// reserved, not touched, so a guess on the large side costs nothing, and arrays that never outgrow their
    /// room never leave their old copies behind in the allocator.
    init(keys: Int = 0, records: Int = 0, textBytes: Int = 0) {
        arena.reserveCapacity(textBytes)
        textStarts.reserveCapacity(records)
        textEnds.reserveCapacity(records)
        next.reserveCapacity(records)
        first.reserveCapacity(keys)
        last.reserveCapacity(keys)
        payloadLengths.reserveCapacity(keys)
    }

    /// A piece of text in the arena, written once and given to one or more keys.
    struct Text {
        fileprivate var start: UInt32
        fileprivate var end: UInt32
    }

    /// Writes a record's text with `write`, which appends its bytes.
    mutating func write(_ write: (inout [UInt8]) -> Void) -> Text {
        let start = UInt32(arena.count)
        write(&arena)
        return Text(start: start, end: UInt32(arena.count))
    }

    /// Adds `text` as the last record of key `key`.
    mutating func add(_ text: Text, to key: Int) {
        while first.count <= key {
            first.append(-1)
            last.append(-1)
            payloadLengths.append(0)
        }
        let record = Int32(next.count)
        textStarts.append(text.start)
        textEnds.append(text.end)
        next.append(-1)
        if last[key] < 0 {
            first[key] = record
        } else {
            next[Int(last[key])] = record
            payloadLengths[key] += 1  // the line break between two records
        }
        last[key] = record
        payloadLengths[key] += text.end - text.start
    }

    /// The length of key `key`'s payload: its records joined by line breaks.
    func payloadLength(_ key: Int) -> Int { key < payloadLengths.count ? Int(payloadLengths[key]) : 0 }

    /// Writes key `key`'s payload, its records joined by line breaks.
    func writePayload(of key: Int, to output: inout ImageOutput) throws {
        guard key < first.count else { return }
        var record = first[key]
        try arena.withUnsafeBufferPointer { arena in
            while record >= 0 {
                let index = Int(record)
                if index != Int(first[key]) { try output.append(UInt8(ascii: "\n")) }
                try output.append(Bytes(rebasing: arena[Int(textStarts[index])..<Int(textEnds[index])]))
                record = next[index]
            }
        }
    }
}
