import Lexicon

/// The items of an extraction, best first, whose dictionaries' text (`DictionaryText`) is written as they are
/// read, a block at a time on every core: the text of tens of thousands of items is not held all at once, and
/// what the reader makes of each item (a line of a table, a JSON element) is made on every core with it.
public struct RankedItems: Sendable {
    private let items: [VocabularyItem]
    private let lexicon: Lexicon

    /// Items a block: enough for every core to have work, few enough that a block's text is little to hold.
    static let blockSize = 2048

    init(items: [VocabularyItem], lexicon: Lexicon) {
        self.items = items
        self.lexicon = lexicon
    }

    public var count: Int { items.count }
    public var isEmpty: Bool { items.isEmpty }

    /// Every item with its text, in order.
    public var all: [VocabularyItem] {
        var written = items
        ChunkedWork.update(&written) { DictionaryText.written(into: $0, lexicon: lexicon) }
        return written
    }

    /// Calls `body`, in order, with what `transform` makes of each item (with its text) and its place in the
    /// list; `transform` runs on every core, a block of items at a time.
    public func forEach<Output>(_ transform: (Int, VocabularyItem) -> Output, _ body: (Output) throws -> Void) rethrows {
        var start = 0
        while start < items.count {
            let end = min(start + Self.blockSize, items.count)
            let outputs = ChunkedWork.map(end - start) { range in
                range.map { offset in transform(start + offset, DictionaryText.written(into: items[start + offset], lexicon: lexicon)) }
            }
            for chunk in outputs {
                for output in chunk { try body(output) }
            }
            start = end
        }
    }
}
