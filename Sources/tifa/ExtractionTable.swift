import Extraction

/// The readable list of `tifa extract`: one block per item, the term highlighted in its example.
struct ExtractionTable {
    var items: [VocabularyItem]
    var explain: Bool
    var style: TerminalStyle

    var text: String {
        guard !items.isEmpty else { return "No vocabulary found beyond what the options mark as known." }
        let numberWidth = String(items.count).count
        return items.enumerated().map { index, item in
            let number = String(index + 1).leftPadded(to: numberWidth)
            let indent = String(repeating: " ", count: numberWidth + 2)
            var lines = ["\(number)  \(style.bold(item.term))  \(style.tones(item.pinyin))  \(style.dim(item.kind.rawValue))"]
            lines.append(indent + style.accent(item.gloss))
            if let source = item.classicalSource { lines.append(indent + style.dim("source: ") + source) }
            if !item.related.isEmpty { lines.append(indent + style.dim("see also: ") + item.related.joined(separator: ", ")) }
            lines.append(indent + highlighted(item))
            lines.append(indent + style.dim("— \(item.source.title), \(item.source.file) line \(item.source.line)"))
            if explain {
                let parts = item.scoreParts
                lines.append(indent + style.dim("score \(item.score) = register \(parts.register) + rarity \(parts.rarity) + salience \(parts.salience); \(item.occurrences)×"))
            }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    /// The example with the term in bold (on a terminal) or in 【】 (elsewhere).
    private func highlighted(_ item: VocabularyItem) -> String {
        let scalars = Array(item.example.unicodeScalars)
        let start = min(item.highlight.start, scalars.count)
        let end = min(start + item.highlight.length, scalars.count)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        let term = style.enabled ? style.bold(text(start..<end)) : "【\(text(start..<end))】"
        return text(0..<start) + term + text(end..<scalars.count)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
