/// The forms that open a paragraph whatever the layout: a question or answer of an interview (问： 答：),
/// a numbered heading (一、 （一） 1.) or a bullet. A line that starts with one is never the continuation
/// of the line before, even when a column break or a lost blank line leaves nothing else to go by.
enum ParagraphMarker {
    static func isAtStart(of scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first else { return false }
        if bullets.contains(first) { return true }
        if isQuestionOrAnswer(scalars, at: 0) { return true }

        // 一、 二、 … and 一、问：
        let numeral = scalars.prefix(while: isChineseNumeral).count
        if numeral > 0, numeral < scalars.count, scalars[numeral] == "、" { return true }

        // （一） （1） (1)
        if first == "（" || first == "(" {
            let inner = scalars.dropFirst().prefix(while: { isChineseNumeral($0) || $0.matchingForm.isASCIIDigit })
            let close = 1 + inner.count
            if !inner.isEmpty, close < scalars.count, scalars[close] == "）" || scalars[close] == ")" { return true }
        }

        // 1. 2、 12．but not 1.5 or 2018年
        let digits = scalars.prefix(while: { $0.matchingForm.isASCIIDigit }).count
        if digits > 0, digits <= 2, digits + 1 < scalars.count {
            let mark = scalars[digits]
            let after = scalars[digits + 1]
            if mark == "、" || ((mark == "." || mark == "．") && !after.matchingForm.isASCIIDigit) { return true }
        }
        return false
    }

    private static func isQuestionOrAnswer(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index + 1 < scalars.count else { return false }
        return (scalars[index] == "问" || scalars[index] == "答") && (scalars[index + 1] == "：" || scalars[index + 1] == ":")
    }

    private static func isChineseNumeral(_ scalar: Unicode.Scalar) -> Bool {
        "一二三四五六七八九十".unicodeScalars.contains(scalar)
    }

    private static let bullets: Set<Unicode.Scalar> = ["●", "■", "◆", "▲", "★", "□", "◇", "○", "▶", "►", "•"]
}
