import Lexicon

/// The bakeoff's scoring: each line's words become (start, end) spans over the text without spaces;
/// precision and recall count the spans both sides share.
struct SegmentationScore: CustomStringConvertible {
    var correct = 0
    var predictedCount = 0
    var goldCount = 0

    init(predicted: [[String]], gold: [[String]]) {
        precondition(predicted.count == gold.count, "line counts differ")
        for (words, goldWords) in zip(predicted, gold) {
            let mine = Self.spans(words)
            let theirs = Self.spans(goldWords)
            predictedCount += mine.count
            goldCount += theirs.count
            correct += mine.intersection(theirs).count
        }
    }

    static func spans(_ words: [String]) -> Set<Int> {
        var spans = Set<Int>()
        var start = 0
        for word in words {
            let length = word.unicodeScalars.filter { !$0.properties.isWhitespace }.count
            guard length > 0 else { continue }
            spans.insert(start << 20 | (start + length))
            start += length
        }
        return spans
    }

    /// Lines of a corpus file, CRLF or LF.
    static func lines(_ text: String) -> [String] {
        // Split on scalars: as Characters, "\r\n" is one grapheme and would never equal "\n".
        text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            String(scalars: line.last == "\r" ? line.dropLast() : line[...])
        }.dropLastIfEmpty()
    }

    var precision: Double { Double(correct) / Double(max(predictedCount, 1)) }
    var recall: Double { Double(correct) / Double(max(goldCount, 1)) }
    var f1: Double { 2 * precision * recall / max(precision + recall, 1e-9) }

    var description: String {
        String(format: "F1 %.3f  (precision %.3f, recall %.3f)", f1, precision, recall)
    }
}

extension Array where Element == String {
    func dropLastIfEmpty() -> [String] { last?.isEmpty == true ? Array(dropLast()) : self }
}
