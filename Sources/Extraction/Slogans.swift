import Lexicon

/// Parallel slogans, built from a repeated pattern rather than listed in a dictionary:
/// X而不Y (结伴而不结盟, 对话而不对抗), 共A共B共C (共商共建共享), 应X尽X (应收尽收), ABAC made of single characters (走深走实),
/// parallel negations (不搞封闭排外的小圈子，不打地缘博弈的小算盘; 不敢腐、不能腐、不想腐) and other parallel
/// clauses (`ParallelClauses`).
enum Slogans {
    static func spans(in scalars: [Unicode.Scalar], words: [Word]) -> [Span] {
        var spans: [Span] = []
        // Where words start or end, asked only where the rare X而不Y stands (making a set of them for every
        // sentence cost more than looking for the pattern).
        func isBoundary(_ offset: Int) -> Bool { words.contains { $0.start == offset || $0.end == offset } }
        func han(_ range: Range<Int>) -> Bool {
            range.lowerBound >= 0 && range.upperBound <= scalars.count && scalars[range].allSatisfy(\.isHan)
        }
        for index in scalars.indices {
            // X而不Y with two-character X and Y, starting and ending where words do (为民族复兴而不懈奋斗 has
            // no such Y: 不懈 and 奋斗 are its words).
            if index + 4 <= scalars.count, scalars[index] == "而", scalars[index + 1] == "不", han(index - 2..<index + 4),
                isBoundary(index - 2), isBoundary(index + 4)
            {
                spans.append(Span(start: index - 2, length: 6))
            }
            // 共A共B共C.
            if index + 6 <= scalars.count, scalars[index] == "共", scalars[index + 2] == "共", scalars[index + 4] == "共",
                han(index..<index + 6)
            {
                spans.append(Span(start: index, length: 6))
            }
            // 应X尽X, 能X尽X: whatever should (can) be X-ed is (应收尽收, 应保尽保, 能种尽种), the campaign pledge of
            // official prose, coined on any verb.
            if index + 4 <= scalars.count, pledgeOpenings.contains(scalars[index]), scalars[index + 2] == "尽",
                scalars[index + 1] == scalars[index + 3], han(index..<index + 4)
            {
                spans.append(Span(start: index, length: 4))
            }
            // ABAC where the segmenter found no word: the characters stand alone, as in 走深走实.
            // Not inside a longer alternation (世情国情党情社情 has 情党情社 in it, and is no ABAC), and not ending
            // on a particle (实打实的, or 种尽种的 inside 能种尽种的).
            if index + 4 <= scalars.count, scalars[index] == scalars[index + 2], scalars[index + 1] != scalars[index + 3],
                han(index..<index + 4), !commonCharacters.contains(scalars[index]), !commonCharacters.contains(scalars[index + 3]),
                singleCharacterWords(words, in: index..<index + 4) >= 3,
                !(index >= 2 && scalars[index - 2] == scalars[index]), !(index + 4 < scalars.count && scalars[index + 4] == scalars[index])
            {
                spans.append(Span(start: index, length: 4))
            }
        }
        return spans + parallelNegations(in: scalars) + ParallelClauses.spans(in: scalars, words: words)
    }

    /// Clauses of equal length, each beginning with 不 and set off by ， or 、: the parallelism (对偶) of
    /// official prose, where equal length is the mark of a set pair rather than two statements that happen
    /// to be negative (不断认识规律，不断推进理论创新 fails both tests).
    static func parallelNegations(in scalars: [Unicode.Scalar]) -> [Span] {
        let clauses = ParallelClauses.clauses(in: scalars, endingAt: clauseEnds)
        func isNegation(_ clause: Span) -> Bool {
            let clauseScalars = scalars[clause.start..<clause.start + clause.length]
            // The cheap tests first: most clauses are not negations, and making their text is the cost.
            guard (3...12).contains(clause.length), clauseScalars.first == "不", clauseScalars.allSatisfy(\.isHan)
            else { return false }
            let text = String(scalars: clauseScalars)
            return !notNegating.contains { text.hasPrefix($0) }
        }
        var spans: [Span] = []
        var run: [Span] = []
        func close() {
            if run.count >= 2, let first = run.first, let last = run.last {
                spans.append(Span(start: first.start, length: last.start + last.length - first.start))
            }
            run = []
        }
        for clause in clauses {
            let joined = run.last.map { clause.start == $0.start + $0.length + 1 && joiners.contains(scalars[clause.start - 1]) } ?? true
            if isNegation(clause), joined, run.last.map({ $0.length == clause.length }) ?? true {
                run.append(clause)
            } else {
                close()
                if isNegation(clause) { run = [clause] }
            }
        }
        close()
        return spans
    }

    /// What opens an 应X尽X pledge: 应 "should", 能 "can".
    private static let pledgeOpenings: Set<Unicode.Scalar> = ["应", "能"]

    private static let clauseEnds: ScalarSet = ["，", "、", "；", "。", "！", "？", "：", "“", "”", "（", "）"]
    private static let joiners: Set<Unicode.Scalar> = ["，", "、"]
    /// Words beginning with 不 that do not negate what follows (不断 "constantly", 不仅 "not only").
    private static let notNegating = ["不断", "不仅", "不但", "不少", "不同", "不论", "不管", "不再", "不得不", "不久"]

    /// Characters so common that a repeat of them is chance, not a pattern.
    static let commonCharacters: Set<Unicode.Scalar> = [
        "的", "了", "是", "在", "和", "与", "也", "就", "又", "不", "一", "有", "为", "以", "等", "中", "上", "下", "对", "把", "被", "要", "将", "更", "最", "很", "地", "得",
        "之", "其",
    ]

    private static func singleCharacterWords(_ words: [Word], in range: Range<Int>) -> Int {
        words.filter { $0.length == 1 && range.contains($0.start) }.count
    }
}
