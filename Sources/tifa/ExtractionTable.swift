import ConsoleText
import Extraction
import Lexicon

/// The readable list of `tifa extract`: one block per item, the term highlighted in its example.
struct ExtractionTable {
    var explain: Bool
    var style: TerminalStyle

    /// Prints the list a block at a time, as `print(text)` of the blocks joined would: a list of `--top 0` over a
    /// long text is tens of megabytes, and the blocks and their joined copy held at once were the command's peak
    /// of memory. The items' blocks are made on every core, with their dictionaries' text (`RankedItems`).
    func print(_ items: RankedItems) {
        var output = BufferedOutput()
        guard !items.isEmpty else {
            output.append("No vocabulary found beyond what the options mark as known.\n")
            output.flush()
            return
        }
        let numberWidth = String(items.count).count
        items.forEach({ index, item in block(index, item, numberWidth: numberWidth) }) { block in
            output.append(block)
            output.append(UInt8(ascii: "\n"))
            output.flushWhenFull()
        }
        output.flush()
    }

    /// The block of item number `index` (from 0) of the list, without a line end after it.
    private func block(_ index: Int, _ item: VocabularyItem, numberWidth: Int) -> String {
        let number = String(index + 1).leftPadded(to: numberWidth)
        let indent = String(repeating: " ", count: numberWidth + 2)
        var lines = ["\(number)  \(style.bold(item.term))  \(style.tones(item.pinyin))  \(style.dim(item.kind.rawValue))"]
        lines.append(indent + style.accent(item.gloss) + (item.glossSource.readFrom.map { style.dim("  (read from \($0))") } ?? ""))
        if let source = item.classicalSource { lines.append(indent + style.dim("source: ") + source) }
        if !item.related.isEmpty { lines.append(indent + style.dim("see also: ") + item.related.joined(separator: ", ")) }
        lines.append(indent + highlighted(item))
        lines.append(indent + style.dim("— \(item.source.title), \(item.source.file) line \(item.source.line)"))
        if explain {
            let parts = item.scoreParts
            // One reason is the value's own label; several are shown with their shares.
            func part(_ name: String, _ value: Double, _ reasons: [VocabularyItem.ScoreParts.Reason]) -> String {
                let shares =
                    reasons.count == 1
                    ? reasons[0].because
                    : reasons.enumerated().map { index, reason in
                        "\(reason.because) \(index > 0 && reason.value > 0 ? "+" : "")\(reason.value.formatted)"
                    }.joined(separator: ", ")
                return reasons.isEmpty ? "\(name) \(value.formatted)" : "\(name) \(value.formatted) (\(shares))"
            }
            lines.append(
                indent
                    + style.dim(
                        "score \(item.score.formatted) = "
                            + [
                                part("register", parts.register, parts.explanation.register),
                                part("rarity", parts.rarity, parts.explanation.rarity),
                                part("salience", parts.salience, parts.explanation.salience),
                            ].joined(separator: " + ")))
        }
        return lines.joined(separator: "\n")
    }

    /// The example with the term in bold (on a terminal) or in 【】 (elsewhere).
    private func highlighted(_ item: VocabularyItem) -> String {
        let scalars = Array(item.example.unicodeScalars)
        let start = min(item.highlight.start, scalars.count)
        let end = min(start + item.highlight.length, scalars.count)
        func text(_ range: Range<Int>) -> String { String(scalars: scalars[range]) }
        let term = style.enabled ? style.bold(text(start..<end)) : "【\(text(start..<end))】"
        return text(0..<start) + term + text(end..<scalars.count)
    }
}

extension Double {
    /// At most two decimals, and none for a whole number: 3, 0.5, 1.81.
    var formatted: String {
        let rounded = (self * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
