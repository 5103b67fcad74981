/// Quoted coinages: a short run of Chinese characters between quotation marks (“上海精神”, “朋友圈”,
/// “同呼吸、共命运”) is how official text marks a formulation. Longer quotations are speech, not terms, but for a
/// couplet of clauses of one length set off by ，(“结束过去，开辟未来”, “不忘初心，牢记使命”): a slogan quoted whole.
enum Quotations {
    static let lengths = 2...12
    static let coupletClauseLengths = 3...8
    static let coupletClauses = 2...4

    static func spans(in scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < scalars.count {
            guard let close = QuotationMarks.pairs[scalars[index]] else {
                index += 1
                continue
            }
            let start = index + 1
            var end = start
            while end < scalars.count, scalars[end] != close, scalars[end].isHan || scalars[end] == "、" || scalars[end] == "，" { end += 1 }
            // A field and a plus sign (“人工智能+”) name a programme (`PlusProgrammes`).
            if end > start, end + 1 < scalars.count, PlusProgrammes.signs.contains(scalars[end]), scalars[end + 1] == close { end += 1 }
            let quoted = scalars[start..<end]
            let fits = quoted.contains("，") ? isCouplet(quoted) : lengths.contains(end - start)
            if end < scalars.count, scalars[end] == close, fits, scalars[start].isHan {
                spans.append(Span(start: start, length: end - start))
                index = end + 1
            } else {
                index += 1
            }
        }
        return spans
    }

    /// Clauses of one length, set off by ，, two to four of them.
    private static func isCouplet(_ quoted: ArraySlice<Unicode.Scalar>) -> Bool {
        let clauses = quoted.split(separator: "，", omittingEmptySubsequences: false)
        return coupletClauses.contains(clauses.count) && Set(clauses.map(\.count)).count == 1
            && clauses.allSatisfy { coupletClauseLengths.contains($0.count) && !$0.contains("、") }
    }
}
