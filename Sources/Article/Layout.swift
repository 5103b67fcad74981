/// How a text is broken into lines, inferred from the lines themselves; it decides which line breaks end
/// a paragraph.
enum Layout: Equatable {
    /// Hard-wrapped at a column width (text extracted from a PDF): most lines are about `cells` wide and
    /// end in mid-sentence, often in mid-word (行百里\n者半九十).
    case wrapped(cells: Int)
    /// Paragraphs separated by blank lines; a single line break inside one is not meant (a web page's link
    /// broke the line there).
    case blankLineParagraphs
    /// One paragraph per line, as clean web text is saved.
    case lineParagraphs

    static func infer(_ lines: [SourceLine]) -> Layout {
        infer(shapes: lines.map(LineShape.init))
    }

    /// The layout from what it rests on of each line, for a text read a block at a time (`ArticleFile`).
    static func infer(shapes lines: [LineShape]) -> Layout {
        guard lines.count > 1 else { return .lineParagraphs }
        if let cells = wrapWidth(lines) { return .wrapped(cells: cells) }
        let gaps = lines.dropFirst().filter { $0.blankLinesBefore > 0 }.count
        return gaps * 2 >= lines.count - 1 ? .blankLineParagraphs : .lineParagraphs
    }

    /// The column width when the text is hard-wrapped: the width most lines inside a run of lines have (the
    /// first line of a paragraph is indented, its last is short), if the lines of about that width (give or
    /// take a few cells of digits and punctuation) are most of them, most of those end in mid-sentence, and
    /// most lines follow each other without a blank line. Clean text one paragraph per line has no such width.
    private static func wrapWidth(_ lines: [LineShape]) -> Int? {
        guard lines.count >= 4 else { return nil }
        let inner = lines.indices.dropFirst().dropLast()
            .filter { lines[$0].blankLinesBefore == 0 && lines[$0 + 1].blankLinesBefore == 0 }
            .map { lines[$0] }
        var histogram = [Int](repeating: 0, count: 162)
        for line in inner where line.cells >= 8 && line.cells < 162 { histogram[line.cells] += 1 }
        // The most common width; ties go to the wider.
        var width = 0
        var best = 0
        for cells in histogram.indices where histogram[cells] >= best {
            best = histogram[cells]
            width = cells
        }
        guard best > 0, inner.count >= 2 else { return nil }
        let full = inner.filter { $0.cells >= width - 4 && $0.cells <= width + 2 }
        let inMidSentence = full.filter { !$0.endsLikeParagraph }.count
        let consecutive = lines.dropFirst().filter { $0.blankLinesBefore == 0 }.count
        guard full.count * 2 >= inner.count, inMidSentence * 2 >= full.count, consecutive * 2 >= lines.count - 1
        else { return nil }
        return width
    }

    /// Whether a paragraph ends after `line`, given the line that follows it; `opensParagraph` tells whether
    /// `line` is the first of its paragraph (and so may be two characters short, by its lost indent).
    func endsParagraph(after line: SourceLine, next: SourceLine?, opensParagraph: Bool) -> Bool {
        guard let next else { return true }
        // Chinese typesetting never starts a line with a closing mark or a comma; when a line of the input does,
        // the mark belongs to the line before.
        if let first = next.text.first, first.isClosingMark || first.isSentenceEnd || "，、：".unicodeScalars.contains(first) {
            return false
        }
        switch self {
        case .lineParagraphs:
            return true
        case .blankLineParagraphs:
            return next.blankLinesBefore > 0 || line.endsLikeParagraph
        case let .wrapped(width):
            return Self.endsWrappedParagraph(after: line, next: next, width: width, indent: opensParagraph ? 4 : 0)
        }
    }

    private static func endsWrappedParagraph(after line: SourceLine, next: SourceLine, width: Int, indent: Int) -> Bool {
        if next.blankLinesBefore > 0 {
            if line.endsLikeParagraph { return true }
            // A column or page break in mid-sentence (新的时代\n\n内涵): the line runs (nearly) to the column's
            // edge — an indented first line is two characters short — and what follows is no new paragraph.
            let continues = line.cells >= width - 6 && !next.startsWithParagraphMarker && !Credit.isCredit(next.text)
            return !continues
        }
        guard line.endsLikeParagraph else { return false }
        // A short last line.
        if line.cells < width - indent - 3 { return true }
        // A full line that happens to end a sentence: the paragraph goes on unless the next line opens one by
        // its form, or by its indent (two characters short of the column, without being a short last line).
        if next.startsWithParagraphMarker { return true }
        return next.cells <= width - 4 && !next.endsLikeParagraph
    }
}

/// What layout inference looks at in a line: its width, the blank lines before it, and whether it ends like a
/// paragraph; a few bytes a line, where the line itself holds its text.
struct LineShape {
    var cells: Int
    var blankLinesBefore: Int
    var endsLikeParagraph: Bool

    init(_ line: SourceLine) {
        cells = line.cells
        blankLinesBefore = line.blankLinesBefore
        endsLikeParagraph = line.endsLikeParagraph
    }
}
