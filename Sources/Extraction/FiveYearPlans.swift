/// The five-year plans, named by their number as the press of every decade does: 第九个五年计划, 九五计划 (the
/// Ninth), 第十一个五年规划, 十一五规划 (a plan is 规划 from the Eleventh on), “十五”计划 with its marks and “九五”
/// alone between them. Each is one name with its years, "the 9th Five-Year Plan (1996–2000)", whichever plan it is;
/// the glossary lists only some of them.
enum FiveYearPlans {
    static let fullMark = Array("个五年".unicodeScalars)
    static let planWords: [[Unicode.Scalar]] = [Array("计划".unicodeScalars), Array("规划".unicodeScalars)]

    /// Each plan named in the sentence: its name without quotation marks (十五计划 for “十五”计划) and where it is.
    static func names(in scalars: [Unicode.Scalar]) -> [(term: String, span: Span)] {
        // Only sentences with 五 can name one.
        guard scalars.contains("五") else { return [] }
        return plans(in: scalars).map { plan in
            (String(scalars: scalars[plan.span.start..<plan.span.start + plan.span.length].filter { !QuotationMarks.all.contains($0) }), plan.span)
        }
    }

    /// Each plan named in the sentence: where it is and its number.
    private static func plans(in scalars: [Unicode.Scalar]) -> [(span: Span, number: Int)] {
        scalars.indices.filter { scalars[$0] == "五" }.compactMap { fullName(in: scalars, fiveAt: $0) ?? shortName(in: scalars, fiveAt: $0) }
    }

    /// 第九个五年计划: 第, the number, 个五年, then 计划 or 规划; `five` is where 五 stands.
    private static func fullName(in scalars: [Unicode.Scalar], fiveAt five: Int) -> (span: Span, number: Int)? {
        let mark = five - 1
        guard mark >= 2, FixedFrames.matches(fullMark, in: scalars, at: mark), let plan = planEnd(in: scalars, at: mark + fullMark.count),
            let (start, number) = number(in: scalars, before: mark), start >= 1, scalars[start - 1] == "第"
        else { return nil }
        return (Span(start: start - 1, length: plan - start + 1), number)
    }

    /// 九五计划, 十一五规划, “十五”计划: the number, 五, then 计划 or 规划, with the quotation marks the press often
    /// puts around the short name; and the short name alone between them (“九五”期间, “十一五”以来), except “十五”,
    /// which is "fifteen" as often as the Tenth.
    private static func shortName(in scalars: [Unicode.Scalar], fiveAt five: Int) -> (span: Span, number: Int)? {
        guard let (start, number) = number(in: scalars, before: five), start == 0 || scalars[start - 1] != "第" else { return nil }
        if let plan = planEnd(in: scalars, at: five + 1) { return (Span(start: start, length: plan - start), number) }
        guard start > 0, five + 1 < scalars.count, QuotationMarks.pairs[scalars[start - 1]] == scalars[five + 1] else { return nil }
        if let plan = planEnd(in: scalars, at: five + 2) { return (Span(start: start - 1, length: plan - start + 1), number) }
        return isShortNameAlone(scalars[start...five]) ? (Span(start: start - 1, length: five + 2 - start), number) : nil
    }

    /// A plan's number and 五 that name it alone (九五, 十一五), not the number fifteen (十五).
    private static func isShortNameAlone(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        scalars.count >= 2 && scalars.last == "五" && !scalars.elementsEqual("十五".unicodeScalars)
            && number(in: Array(scalars), before: scalars.count - 1)?.start == 0
    }

    /// The plan's number read back from `end`, and where it begins: a run of numerals that reads as 1 to 15, not the
    /// end of a larger number or of a fraction (百分之十五).
    private static func number(in scalars: [Unicode.Scalar], before end: Int) -> (start: Int, number: Int)? {
        var start = end
        while start > 0, numerals.contains(scalars[start - 1]) { start -= 1 }
        guard start < end, start == 0 || !numberContinues.contains(scalars[start - 1]),
            let number = NumberedSessions.number(scalars[start..<end]), (1...15).contains(number)
        else { return nil }
        return (start, number)
    }

    /// What before a run of numerals makes it part of another number: a fraction's 之, a larger unit, a zero.
    private static let numberContinues: Set<Unicode.Scalar> = Set("之百千万亿零〇○".unicodeScalars)

    private static func planEnd(in scalars: [Unicode.Scalar], at offset: Int) -> Int? {
        planWords.contains { FixedFrames.matches($0, in: scalars, at: offset) } ? offset + 2 : nil
    }

    private static let numerals: Set<Unicode.Scalar> = Set("一二三四五六七八九十".unicodeScalars)

    /// "the 9th Five-Year Plan (1996–2000)" for a name `names` finds, or a short name alone (九五); nil for any other
    /// term.
    static func gloss(of term: String) -> String? {
        let scalars = Array(term.unicodeScalars)
        let whole = plans(in: scalars).first { $0.span.start == 0 && $0.span.length == scalars.count }?.number
        guard let planNumber = whole ?? (isShortNameAlone(scalars[...]) ? number(in: scalars, before: scalars.count - 1)?.number : nil)
        else { return nil }
        return "the \(NumberedSessions.numericOrdinal(planNumber)) Five-Year Plan\(years(of: planNumber).map { " (\($0))" } ?? "")"
    }

    /// The plan's years: the first two ran from 1953, the Third from 1966 after three years of readjustment.
    static func years(of number: Int) -> String? {
        let first: Int
        switch number {
        case 1, 2: first = 1953 + 5 * (number - 1)
        case 3...15: first = 1966 + 5 * (number - 3)
        default: return nil
        }
        return "\(first)–\(first + 4)"
    }
}
