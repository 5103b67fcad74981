import Extraction

/// Tab-separated output of `tifa extract`, one item per line after a header; tabs and line breaks inside a
/// field become spaces so every row has the same columns.
enum ExtractionTSV {
    static let columns = ["term", "traditional", "pinyin", "gloss", "kind", "score", "example", "source", "line"]

    static func text(_ items: [VocabularyItem]) -> String {
        var lines = [columns.joined(separator: "\t")]
        for item in items {
            let fields = [
                item.term, item.traditional, item.pinyin, item.gloss, item.kind.rawValue, String(item.score),
                item.example, "\(item.source.title) (\(item.source.file))", String(item.source.line),
            ]
            lines.append(
                fields.map { $0.replacingOccurrences(of: "\t", with: " ").replacingOccurrences(of: "\n", with: " ") }
                    .joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
