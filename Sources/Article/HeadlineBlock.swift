/// The headline block at the start of an article: short lines that end in no punctuation, each a line of
/// its own (引题, 主题, 副题), standing before the first paragraph of the body.
enum HeadlineBlock {
    /// Lines beyond this are a list, not a headline block.
    static let maximumLines = 8

    /// The end (exclusive) of the headline block that starts at `start`, or nil when the body starts there.
    /// The block is made of whole groups of lines (lines between blank lines; single lines when the layout
    /// has one paragraph per line) whose every line reads like a headline.
    static func end(in lines: some LineAccess, from start: Int, layout: Layout) -> Int? {
        var end = start
        while lines.line(at: end) != nil {
            var groupEnd = end + 1
            if layout != .lineParagraphs {
                // A group longer than a block can be is no headline: no need to read to its end.
                while groupEnd - start <= maximumLines, let line = lines.line(at: groupEnd), line.blankLinesBefore == 0 { groupEnd += 1 }
            }
            // Something must follow a headline.
            guard lines.line(at: groupEnd) != nil, groupEnd - start <= maximumLines,
                case let group = (end..<groupEnd).compactMap({ lines.line(at: $0) }),
                group.allSatisfy(isHeadlineLike),
                !isWrappedParagraph(group[...], layout: layout)
            else { break }
            end = groupEnd
        }
        return end > start ? end : nil
    }

    private static func isHeadlineLike(_ line: SourceLine) -> Bool { isHeadlineLike(line.text) }

    /// The widest headline (in cells: a Chinese character is two) of a block, and of a line just above a dateline,
    /// which says itself that the line was a headline.
    static let mostCells = 80
    static let mostCellsAboveDateline = 160

    /// A line just above a dateline that reads like a headline, up to `mostCellsAboveDateline` wide; one that long
    /// has no full stop inside it (a photo's caption does: …展望未来。（本报记者蒋铎摄）).
    static func isHeadlineAboveDateline(_ text: SourcedText) -> Bool {
        guard isHeadlineLike(text, mostCells: mostCellsAboveDateline) else { return false }
        return text.cells <= mostCells || !text.scalars.contains { "。？！".unicodeScalars.contains($0) }
    }

    /// Short, ending in no punctuation (a closing quote or bracket aside), and no credit.
    static func isHeadlineLike(_ text: SourcedText, mostCells: Int = mostCells) -> Bool {
        guard let last = text.last, text.cells <= mostCells else { return false }
        return !text.scalars.endsLikeParagraph && last != "，" && last != "、" && !Credit.isCredit(text)
            && Credit.datelineLength(in: text) == nil
    }

    /// Lines that run to the column's edge but for the last, which is no wider than the column: the body's
    /// first paragraph, cut off by a column break. (A headline set in a larger type is seldom as wide as the
    /// column in characters, and a second headline line is often wider.)
    private static func isWrappedParagraph(_ group: ArraySlice<SourceLine>, layout: Layout) -> Bool {
        guard case let .wrapped(width) = layout, group.count >= 2, let last = group.last, last.cells <= width + 2
        else { return false }
        return group.dropLast().allSatisfy { $0.cells >= width - 6 && $0.cells <= width + 2 }
    }

    /// A page's headline blocks often all stand at its top, before the first article (a newspaper PDF
    /// extracts the headlines of every article first). Gives each later article that has no headline of
    /// its own the top headlines that share the most words (character pairs) with its body, keeping the
    /// headlines in page order.
    static func distribute(_ articles: inout [ArticleDraft]) {
        guard articles.count > 1, articles[0].headlines.count > 1 else { return }
        // n headline lines can go to n articles at most: the articles after those need no look.
        let candidates =
            [0]
            + articles.indices.dropFirst().filter { articles[$0].headlines.isEmpty }
            .prefix(articles[0].headlines.count)
        guard candidates.count > 1 else { return }
        let headlines = articles[0].headlines
        let bodies = candidates.map { CharacterPairs(articles[$0].paragraphs) }
        let score = headlines.map { headline in bodies.map { $0.share(of: headline.scalars) } }

        // best[h][c]: the best total for headlines 0...h with headline h in candidate c (and the earlier
        // headlines in candidates ≤ c); ties keep the earlier article.
        var best = [[Double]](repeating: [Double](repeating: 0, count: candidates.count), count: headlines.count)
        var from = [[Int]](repeating: [Int](repeating: 0, count: candidates.count), count: headlines.count)
        for h in headlines.indices {
            for c in candidates.indices {
                var previous = 0.0
                if h > 0 {
                    previous = -1
                    for p in 0...c where best[h - 1][p] > previous {
                        previous = best[h - 1][p]
                        from[h][c] = p
                    }
                }
                best[h][c] = previous + score[h][c]
            }
        }
        var assignment = [Int](repeating: 0, count: headlines.count)
        var last = 0
        for c in candidates.indices where best[headlines.count - 1][c] > best[headlines.count - 1][last] { last = c }
        for h in headlines.indices.reversed() {
            assignment[h] = last
            last = from[h][last]
        }
        for c in candidates.indices {
            articles[candidates[c]].headlines = headlines.indices.filter { assignment[$0] == c }.map { headlines[$0] }
        }
    }
}

/// The pairs of adjacent Han characters of a text: enough to tell which article a headline belongs to.
private struct CharacterPairs {
    private var pairs = Set<UInt64>()

    init(_ paragraphs: [SourcedText]) {
        for paragraph in paragraphs {
            for (first, second) in zip(paragraph.scalars, paragraph.scalars.dropFirst()) where first.isHan && second.isHan {
                pairs.insert(Self.key(first, second))
            }
        }
    }

    /// The share of the text's character pairs that occur in these.
    func share(of scalars: [Unicode.Scalar]) -> Double {
        var total = 0
        var found = 0
        for (first, second) in zip(scalars, scalars.dropFirst()) where first.isHan && second.isHan {
            total += 1
            if pairs.contains(Self.key(first, second)) { found += 1 }
        }
        return total == 0 ? 0 : Double(found) / Double(total)
    }

    private static func key(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> UInt64 {
        UInt64(first.value) << 32 | UInt64(second.value)
    }
}
