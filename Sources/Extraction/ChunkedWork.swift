import Dispatch
import Foundation

/// Work on many independent items shared between the machine's cores: the items are cut into contiguous
/// chunks, each chunk is done on one thread, and the results come back in the chunks' order, so the outcome is
/// the same as one loop over all the items.
public enum ChunkedWork {
    /// Several chunks a core, so that a core that finishes early takes another.
    static var chunkCount: Int { max(1, ProcessInfo.processInfo.activeProcessorCount * 4) }

    /// The ranges `0..<count` is cut into.
    static func ranges(of count: Int, into chunks: Int = chunkCount) -> [Range<Int>] {
        let chunks = max(1, min(chunks, count))
        return (0..<chunks).map { chunk in (count * chunk / chunks)..<(count * (chunk + 1) / chunks) }
    }

    /// `body` applied to each range of `0..<count`, the results in the ranges' order.
    static func map<Result>(_ count: Int, _ body: (Range<Int>) -> Result) -> [Result] {
        let ranges = ranges(of: count)
        var results = [Result?](repeating: nil, count: ranges.count)
        withoutActuallyEscaping(body) { body in
            results.withUnsafeMutableBufferPointer { slots in
                let work = Unchecked((body: body, slots: slots))
                DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
                    work.value.slots[chunk] = work.value.body(ranges[chunk])
                }
            }
        }
        return results.compactMap { $0 }
    }

    /// `body` applied to each range of `0..<count`, the results joined in the ranges' order into one array, each
    /// range's results let go as soon as they are in it (a long list is not held twice over).
    static func flatMap<Element>(_ count: Int, _ body: (Range<Int>) -> [Element]) -> [Element] {
        var chunks = map(count, body)
        var joined: [Element] = []
        joined.reserveCapacity(chunks.reduce(0) { $0 + $1.count })
        for index in chunks.indices {
            joined.append(contentsOf: chunks[index])
            chunks[index] = []
        }
        return joined
    }

    /// Applies `transform` to each element in place: no second array of a long list is made.
    public static func update<Element>(_ elements: inout [Element], _ transform: (Element) -> Element) {
        elements.withUnsafeMutableBufferPointer { buffer in
            let slots = Unchecked(buffer)
            _ = map(buffer.count) { range in
                for index in range { slots.value[index] = transform(slots.value[index]) }
            }
        }
    }

    /// The results of `transform` on each element, in order.
    public static func map<Element, Result>(_ elements: [Element], _ transform: (Element) -> Result) -> [Result] {
        map(elements.count) { range in range.map { transform(elements[$0]) } }.flatMap { $0 }
    }
}

/// What the chunks share: `body`, which only reads (the callers' items are independent), and the results'
/// buffer (or the elements' own, for `update`), of which each chunk writes its own slots and no other. `concurrentPerform` returns when every chunk
/// is done, so nothing outlives the call.
private struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
