import Extraction

/// Tab-separated output of `tifa extract`, one item per line after a header; tabs and line breaks inside a
/// field become spaces so every row has the same columns.
enum ExtractionTSV {
    static let columns = ["term", "traditional", "pinyin", "gloss", "kind", "score", "example", "source", "line"]

    static func text(_ items: [VocabularyItem]) -> String {
        ([columns.joined(separator: "\t")] + items.map(line)).joined(separator: "\n") + "\n"
    }

    /// Prints the rows as `text` would join them, a line at a time: the header, then each item's line, made on
    /// every core with its dictionaries' text (`RankedItems`).
    static func print(_ items: RankedItems) {
        var output = BufferedOutput()
        output.append(columns.joined(separator: "\t"))
        output.append(UInt8(ascii: "\n"))
        items.forEach({ line($1) }) { line in
            output.append(line)
            output.append(UInt8(ascii: "\n"))
            output.flushWhenFull()
        }
        output.flush()
    }

    private static func line(_ item: VocabularyItem) -> String {
        let fields = [
            item.term, item.traditional, item.pinyin, item.gloss, item.kind.rawValue, String(item.score),
            item.example, "\(item.source.title) (\(item.source.file))", String(item.source.line),
        ]
        return fields.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
            .joined(separator: "\t")
    }
}
