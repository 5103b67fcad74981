/// Splits a paragraph into sentences at 。！？；… , keeping quotations and brackets whole: a sentence takes
/// the closing marks that follow its end (…胜利。” stays one), never starts with one, and is not cut inside
/// a quotation or bracket that closes within the paragraph (a quotation that ends with its sentence,
/// …努力。”, ends the sentence too).
enum SentenceSplitter {
    static func ranges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        let enclosed = enclosedPositions(scalars)
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        while index < scalars.count {
            guard endsSentence(scalars, at: index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < scalars.count, scalars[end].isClosingMark || scalars[end].isSentenceEnd { end += 1 }
            // Inside a quotation, a sentence ends only where the quotation closes with it (…努力。”).
            guard !enclosed[index] || (end < scalars.count && !enclosed[end] && closesQuotation(scalars[end - 1]))
            else {
                index = end
                continue
            }
            ranges.append(start..<end)
            start = end
            while start < scalars.count, scalars[start].isBlank { start += 1 }
            index = start
        }
        if start < scalars.count { ranges.append(start..<scalars.count) }
        return ranges
    }

    /// A closing mark after which a sentence can end: not the end of a title (《论持久战。》一文).
    private static func closesQuotation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isClosingMark && scalar != "》" && scalar != "〉"
    }

    private static func endsSentence(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        let scalar = scalars[index]
        guard scalar.isSentenceEnd else { return false }
        let next = index + 1 < scalars.count ? scalars[index + 1] : nil
        switch scalar {
        case "!", "?":
            // Half-width marks end a sentence only where Latin text does not go on (Yahoo!新闻 aside).
            return next.map { !$0.isLatinAlphanumeric } ?? true
        case "．":
            // The full-width full stop is also a decimal point: １２．５
            let previous = index > 0 ? scalars[index - 1] : nil
            return !(previous?.matchingForm.isASCIIDigit == true && next?.matchingForm.isASCIIDigit == true)
        default:
            return true
        }
    }

    /// Marks the positions that lie inside a quotation or bracket whose closing mark is in the paragraph.
    /// An unclosed mark (a quotation that runs on into the next paragraph, a stray bracket) protects nothing,
    /// so it cannot swallow the rest of the paragraph into one sentence.
    private static func enclosedPositions(_ scalars: [Unicode.Scalar]) -> [Bool] {
        var depthChange = [Int](repeating: 0, count: scalars.count + 1)
        var open: [(scalar: Unicode.Scalar, index: Int)] = []
        for (index, scalar) in scalars.enumerated() {
            if scalar.isOpeningMark {
                open.append((scalar, index))
            } else if let partner = scalar.openingPartner,
                // Near the top only: a page of stray marks must not make this quadratic.
                let match = open.suffix(16).lastIndex(where: { $0.scalar == partner })
            {
                depthChange[open[match].index + 1] += 1
                depthChange[index] -= 1
                open.removeSubrange(match...)
            }
        }
        var enclosed = [Bool](repeating: false, count: scalars.count)
        var depth = 0
        for index in scalars.indices {
            depth += depthChange[index]
            enclosed[index] = depth > 0
        }
        return enclosed
    }
}
