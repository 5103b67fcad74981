/// Parallel slogans, built from a repeated pattern rather than listed in a dictionary:
/// X而不Y (结伴而不结盟, 对话而不对抗), 共A共B共C (共商共建共享), and ABAC made of single characters (走深走实).
enum Slogans {
    static func spans(in scalars: [Unicode.Scalar], words: [Word]) -> [Span] {
        var spans: [Span] = []
        func han(_ range: Range<Int>) -> Bool {
            range.lowerBound >= 0 && range.upperBound <= scalars.count && scalars[range].allSatisfy(\.isHan)
        }
        for index in scalars.indices {
            // X而不Y with two-character X and Y.
            if index + 4 <= scalars.count, scalars[index] == "而", scalars[index + 1] == "不", han(index - 2..<index + 4) {
                spans.append(Span(start: index - 2, length: 6))
            }
            // 共A共B共C.
            if index + 6 <= scalars.count, scalars[index] == "共", scalars[index + 2] == "共", scalars[index + 4] == "共",
               han(index..<index + 6) {
                spans.append(Span(start: index, length: 6))
            }
            // ABAC where the segmenter found no word: the characters stand alone, as in 走深走实.
            if index + 4 <= scalars.count, scalars[index] == scalars[index + 2], scalars[index + 1] != scalars[index + 3],
               han(index..<index + 4), !commonCharacters.contains(scalars[index]),
               singleCharacterWords(words, in: index..<index + 4) >= 3 {
                spans.append(Span(start: index, length: 4))
            }
        }
        return spans
    }

    /// Characters so common that a repeat of them is chance, not a pattern.
    private static let commonCharacters: Set<Unicode.Scalar> = ["的", "了", "是", "在", "和", "与", "也", "就", "又", "不", "一", "有", "为", "以", "等", "中", "上", "下", "对", "把", "被", "要", "将", "更", "最", "很"]

    private static func singleCharacterWords(_ words: [Word], in range: Range<Int>) -> Int {
        words.filter { $0.length == 1 && range.contains($0.start) }.count
    }
}
