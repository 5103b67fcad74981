/// A non-blank line of the input as the layout rules see it: the spaces that PDF extraction put between
/// Chinese characters, digits and punctuation (`强调， 脱贫`, `6 月 11 日`) removed, its printed width known.
struct SourceLine {
    var text: SourcedText
    /// The line's width on the page, in cells (a Han character or full-width mark two, a digit one).
    var cells: Int
    /// Blank lines (or page breaks) between this line and the non-blank line before it.
    var blankLinesBefore: Int

    /// Splits decoded text into its non-blank lines, cleaned. A form feed (pdftotext's page break) counts
    /// as a blank line, so a paragraph that runs across pages is treated like one cut by a column break.
    /// With `keepingBlankLines` (for --keep-lines) a blank line is a line too, without characters, so that
    /// every input line has its line in the output; a final line break does not start another line.
    static func lines(of text: SourcedText, keepingBlankLines: Bool = false) -> [SourceLine] {
        var lines: [SourceLine] = []
        var blanks = 0
        var start = 0
        var index = 0
        let scalars = text.scalars
        while index <= scalars.count {
            let atEnd = index == scalars.count
            guard atEnd || scalars[index].isLineBreak else {
                index += 1
                continue
            }
            let cleaned = clean(text.scalars[start..<index], origins: text.origins[start..<index])
            if cleaned.isEmpty, keepingBlankLines, !(atEnd && start == index) {
                lines.append(SourceLine(text: SourcedText(emptyOrigin: start), cells: 0, blankLinesBefore: blanks))
            } else if cleaned.isEmpty {
                blanks += 1
            } else {
                lines.append(SourceLine(text: cleaned, cells: cleaned.cells, blankLinesBefore: blanks))
                blanks = 0
            }
            if !atEnd {
                if scalars[index] == "\u{0C}" { blanks += 1 }
                if scalars[index] == "\r", index + 1 < scalars.count, scalars[index + 1] == "\n" { index += 1 }
            }
            index += 1
            start = index
        }
        return lines
    }

    /// Drops invisible characters and the line's leading and trailing white space, removes white space next
    /// to a wide character, and keeps a single space between two Latin words.
    static func clean(_ scalars: ArraySlice<Unicode.Scalar>, origins: ArraySlice<Int>) -> SourcedText {
        var cleaned = SourcedText()
        cleaned.scalars.reserveCapacity(scalars.count)
        cleaned.origins.reserveCapacity(scalars.count)
        var pendingSpace: Int?
        for (scalar, origin) in zip(scalars, origins) {
            if scalar.isInvisible { continue }
            if scalar.isBlank {
                if pendingSpace == nil { pendingSpace = origin }
                continue
            }
            if let space = pendingSpace {
                if let previous = cleaned.last, !previous.isWide, !scalar.isWide { cleaned.append(" ", from: space) }
                pendingSpace = nil
            }
            cleaned.append(scalar, from: origin)
        }
        return cleaned
    }

    /// Whether the line ends like a paragraph can (。！？…：), looking through closing quotes and brackets.
    var endsLikeParagraph: Bool { text.scalars.endsLikeParagraph }

    /// Whether the line opens a paragraph by its form: 答：, 一、, （一）, 1. or a bullet.
    var startsWithParagraphMarker: Bool { ParagraphMarker.isAtStart(of: text.scalars) }
}

extension BidirectionalCollection where Element == Unicode.Scalar {
    /// Whether the text ends like a paragraph can (。！？…：), looking through closing quotes and brackets.
    var endsLikeParagraph: Bool {
        guard let last = self.lastIndex(where: { !$0.isClosingMark }), self[last].isParagraphEnd else { return false }
        // 51. at the end of a line is a number the column broke (51.\n6%), not the end of a sentence.
        if self[last] == "." || self[last] == "．", last != startIndex {
            return !self[index(before: last)].matchingForm.isASCIIDigit
        }
        return true
    }
}
