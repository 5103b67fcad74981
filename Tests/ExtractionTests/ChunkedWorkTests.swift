import Testing

@testable import Extraction

@Suite struct ChunkedWorkTests {
    /// The chunks cover every index once, in order, whatever the count and the number of chunks.
    @Test(arguments: [0, 1, 2, 7, 31, 1000])
    func rangesCoverEveryIndexOnceInOrder(_ count: Int) {
        for chunks in [1, 2, 3, 8, 64] {
            let ranges = ChunkedWork.ranges(of: count, into: chunks)
            #expect(ranges.flatMap { Array($0) } == Array(0..<count), "\(count) in \(chunks)")
            #expect(ranges.allSatisfy { !$0.isEmpty } || count == 0)
        }
    }

    /// Results come back in the items' order, as one loop would give them.
    @Test func resultsKeepTheItemsOrder() {
        let items = (0..<10_000).map { ($0 * 7919) % 10_007 }
        #expect(ChunkedWork.map(items) { $0 * 2 } == items.map { $0 * 2 })
        let pieces = ChunkedWork.map(items.count) { range in range.map { items[$0] } }
        #expect(pieces.flatMap { $0 } == items)
    }
}
