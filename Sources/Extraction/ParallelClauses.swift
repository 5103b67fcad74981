/// Parallel clauses (排比, 对偶): two or more clauses of one length set off by ， or 、, built on one frame — the
/// same words in the same places (藏粮于地，藏粮于技; 展现大国胸怀，拿出大国担当; 忠于宪法，忠于祖国，忠于人民)
/// or a negation in the same place (改革不会停顿，开放不会止步; 霸权不得人心，分裂没有前途，大国不应对抗，
/// 冷战不能重来). Official prose coins them per speech and quotes them as wholes; two clauses that merely begin
/// alike (加大财政支出强度，加强重点领域保障) share one character, not a frame.
enum ParallelClauses {
    static let clauseLengths = 4...8
    static let maximumClauses = 6

    static func spans(in scalars: [Unicode.Scalar], words: [Word]) -> [Span] {
        // Made the first time a run of two clauses or more asks (most sentences have none).
        lazy var boundaries = Set(words.flatMap { [$0.start, $0.end] })
        var spans: [Span] = []
        var run: [Span] = []
        func close() -> Bool {
            // A longer opening clause that shares no frame may still stand before a series that does.
            defer { run = [] }
            guard run.count >= 2 else { return false }
            guard let span = series(run, scalars, boundaries) ?? series(Array(run.dropFirst()), scalars, boundaries) else { return false }
            spans.append(span)
            return true
        }
        for clause in clauses(in: scalars) {
            let follows = run.last.map { clause.start == $0.start + $0.length + 1 && joiners.contains(scalars[clause.start - 1]) } ?? false
            let fits = clause.length == run.last?.length && run.count < maximumClauses
            if follows, run.count == 1 || fits, clauseLengths.contains(clause.length) {
                run.append(clause)
            } else {
                let previous = run.last
                let closed = close()
                // A clause that ends no series may open the next one, cut to its length (不断筑牢信仰之基 before
                // 补足精神之钙、把稳思想之舵).
                if follows, !closed, let previous, previous.length > clause.length, clauseLengths.contains(clause.length) {
                    run = [previous, clause]
                } else {
                    run = [clause]
                }
            }
        }
        _ = close()
        return spans
    }

    /// The run as one span when its clauses share a frame; the first clause may be longer and is cut to the
    /// length of the others where a word begins (中国的|改革不会停顿).
    private static func series(_ run: [Span], _ scalars: [Unicode.Scalar], _ boundaries: Set<Int>) -> Span? {
        guard run.count >= 2 else { return nil }
        let length = run[1].length
        guard run.dropFirst().allSatisfy({ $0.length == length }), run[0].length >= length else { return nil }
        let first = Span(start: run[0].start + run[0].length - length, length: length)
        guard boundaries.contains(first.start) else { return nil }
        let clauses = [first] + run.dropFirst()
        guard clauses.allSatisfy({ scalars[$0.start..<$0.start + $0.length].allSatisfy(\.isHan) }) else { return nil }
        let shared = (0..<length).filter { offset in Set(clauses.map { scalars[$0.start + offset] }).count == 1 }
        let sharedContent = shared.filter { !Slogans.commonCharacters.contains(scalars[first.start + $0]) }
        // Two clauses need two shared characters (a word of the frame); three or more make a frame with one.
        // 之 in one place of three clauses or more is a frame too (筑牢信仰之基、补足精神之钙、把稳思想之舵).
        let framedByZhi = clauses.count >= 3 && shared.contains { scalars[first.start + $0] == "之" }
        let framed = sharedContent.count >= (clauses.count == 2 ? 2 : 1) || framedByZhi
        let negated = (1..<length).contains { offset in clauses.allSatisfy { negators.contains(scalars[$0.start + offset]) } }
        guard framed || negated else { return nil }
        if clauses.dropFirst().contains(where: { scalars[$0.start - 1] == "、" }), !isListedSlogan(clauses, shared: shared, scalars) {
            return nil
        }
        let last = clauses[clauses.count - 1]
        return Span(start: first.start, length: last.start + last.length - first.start)
    }

    /// Clauses set off by 、 are a slogan only when their frame is inside them, with what varies on both sides
    /// (说老实话、办老实事、做老实人; 立身之本、政治之魂、奋进之力), or when little varies (以案促改、以案促治).
    /// A shared head or opening alone makes a list of things (综合频道、新闻频道; 重点领域、重点行业), and
    /// numbers make a tally (两枚金牌、一枚银牌).
    private static func isListedSlogan(_ clauses: [Span], shared: [Int], _ scalars: [Unicode.Scalar]) -> Bool {
        let length = clauses[0].length
        let varying = Set(0..<length).subtracting(shared)
        let interior = shared.contains { offset in
            let character = scalars[clauses[0].start + offset]
            return (!Slogans.commonCharacters.contains(character) || character == "之")
                && varying.contains { $0 < offset } && varying.contains { $0 > offset }
        }
        let mostlyShared = shared.count * 4 >= length * 3
        let counted = clauses.contains { clause in scalars[clause.start..<clause.start + clause.length].contains { numerals.contains($0) } }
        return (interior || mostlyShared) && !counted
    }

    /// Runs of characters between the marks that end a clause (`clauseMarks` here).
    static func clauses(in scalars: [Unicode.Scalar], endingAt marks: ScalarSet = clauseMarks) -> [Span] {
        var clauses: [Span] = []
        var start = 0
        for index in 0...scalars.count where index == scalars.count || marks.contains(scalars[index]) {
            if index > start { clauses.append(Span(start: start, length: index - start)) }
            start = index + 1
        }
        return clauses
    }

    private static let clauseMarks: ScalarSet = ["，", "、", "；", "。", "！", "？", "：", "“", "”", "‘", "’", "（", "）", "《", "》"]
    private static let numerals: Set<Unicode.Scalar> = ["一", "二", "两", "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "亿"]
    private static let joiners: Set<Unicode.Scalar> = ["，", "、"]
    private static let negators: Set<Unicode.Scalar> = ["不", "没", "无", "非", "勿"]
}
