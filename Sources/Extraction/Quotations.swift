/// Quoted coinages: a short run of Chinese characters between quotation marks (“上海精神”, “朋友圈”,
/// “同呼吸、共命运”) is how official text marks a formulation. Longer quotations are speech, not terms.
enum Quotations {
    static let lengths = 2...12

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
            while end < scalars.count, scalars[end] != close, scalars[end].isHan || scalars[end] == "、" { end += 1 }
            // A field and a plus sign (“人工智能+”) name a programme (`PlusProgrammes`).
            if end > start, end + 1 < scalars.count, PlusProgrammes.signs.contains(scalars[end]), scalars[end + 1] == close { end += 1 }
            if end < scalars.count, scalars[end] == close, lengths.contains(end - start), scalars[start].isHan {
                spans.append(Span(start: start, length: end - start))
                index = end + 1
            } else {
                index += 1
            }
        }
        return spans
    }
}
