import Lexicon

/// Set wordings written with quotation marks inside them (既“放得活”又“管得住”, 高质量共建“一带一路”,
/// 综合整治“内卷式”竞争): the marks set off a part, the wording is the glossary's all the same. Found by reading
/// the sentence without its marks, with the units such a wording holds across a mark (内卷式竞争); the place
/// found covers the marks in the text.
enum QuotedWordings {
    /// The closing quotation marks, and all of them (made once, not for every sentence).
    private static let closing = ScalarSet(QuotationMarks.closing)
    private static let marks = ScalarSet(QuotationMarks.all)

    /// `words` segments a text into words in scalar offsets; `units` gives the glossary and idiom units inside a
    /// word; `isSetUnit` tells a glossary or idiom unit.
    static func spans(
        in scalars: [Unicode.Scalar], words: (String) -> [Word], units: (String) -> [(start: Int, length: Int)],
        isSetUnit: (String) -> Bool
    ) -> [(term: String, span: Span)] {
        let (closing, marks) = (Self.closing, Self.marks)
        guard scalars.contains(where: marks.contains) else { return [] }
        // Where each scalar of the unmarked text stands in the sentence.
        let original = scalars.indices.filter { !marks.contains(scalars[$0]) }
        let unmarked = original.map { scalars[$0] }
        func text(_ start: Int, _ length: Int) -> String { String(scalars: unmarked[start..<start + length]) }
        // A span of the unmarked text with a mark inside it in the sentence, as the sentence's span, widened to
        // the other mark of a pair it opens or closes (既“放得活”又“管得住” ends with its closing mark).
        func marked(_ start: Int, _ length: Int) -> Span? {
            var from = original[start]
            var to = original[start + length - 1] + 1
            guard to - from > length else { return nil }
            let inside = scalars[from..<to]
            let opened = inside.filter { QuotationMarks.pairs[$0] != nil }.count
            let closed = inside.filter { closing.contains($0) }.count
            if opened > closed, to < scalars.count, closing.contains(scalars[to]) { to += 1 }
            if closed > opened, from > 0, QuotationMarks.pairs[scalars[from - 1]] != nil { from -= 1 }
            return Span(start: from, length: to - from)
        }
        var found: [(term: String, span: Span)] = []
        for word in words(text(0, unmarked.count)) where word.isHan && word.length >= 4 {
            let term = text(word.start, word.length)
            guard let span = marked(word.start, word.length), isSetUnit(term) else { continue }
            found.append((term, span))
            for unit in units(term) {
                if let inner = marked(word.start + unit.start, unit.length) { found.append((text(word.start + unit.start, unit.length), inner)) }
            }
        }
        return found
    }
}
