import Lexicon

/// Enumerations whose items share a head character: 发展观、安全观、合作观、文明观和全球治理观 lists five
/// outlooks. Each item is a term even when no dictionary has it.
enum Enumerations {
    static let separators: Set<Unicode.Scalar> = ["、", "和", "及", "与"]

    static func items(in scalars: [Unicode.Scalar], words: [Word]) -> [Span] {
        var spans: [Span] = []
        for (index, word) in words.enumerated() where index > 0 && index + 1 < words.count {
            let separator = scalars[word.start]
            guard word.length == 1, separators.contains(separator),
                var left = item(endingBefore: index, words, scalars),
                let right = item(startingAfter: index, words, scalars),
                scalars[left.start + left.length - 1] == scalars[right.start + right.length - 1]
            else { continue }
            // Items that share their first character too (大农业观、大食物观): the segmenter may leave it a word of
            // its own before the first item (大 / 农业 / 观), which then lacks it.
            if left.start > 0, right.length == left.length + 1, scalars[left.start - 1] == scalars[right.start],
                words.contains(where: { $0.start == left.start - 1 && $0.length == 1 && $0.isHan })
            {
                left = Span(start: left.start - 1, length: left.length + 1)
            }
            // 和 alone joins anything; require the list to have begun with 、 before it.
            if separator != "、", !spans.contains(where: { $0.start + $0.length == left.start + left.length }) { continue }
            for span in [left, right] where !spans.contains(span) { spans.append(span) }
        }
        return spans
    }

    /// The item before the separator: a word with a one-character head after it (发展 观), or one word of three
    /// characters or more that ends in its head (发展观).
    private static func item(endingBefore index: Int, _ words: [Word], _ scalars: [Unicode.Scalar]) -> Span? {
        let last = words[index - 1]
        guard last.isHan else { return nil }
        if last.length == 1, index >= 2, words[index - 2].isHan, words[index - 2].length >= 2 {
            return Span(start: words[index - 2].start, length: words[index - 2].length + 1)
        }
        return last.length >= 3 ? Span(start: last.start, length: last.length) : nil
    }

    private static func item(startingAfter index: Int, _ words: [Word], _ scalars: [Unicode.Scalar]) -> Span? {
        let first = words[index + 1]
        guard first.isHan else { return nil }
        if first.length >= 2, index + 2 < words.count, words[index + 2].isHan, words[index + 2].length == 1 {
            return Span(start: first.start, length: first.length + 1)
        }
        return first.length >= 3 ? Span(start: first.start, length: first.length) : nil
    }
}
