import ConsoleText

/// A label and its items, joined by the separator and wrapped under the label's column:
///
///     Cards      12: 3 new · 2 learning · 4 young
///                · 2 mature · 1 suspended
struct LabelledLines {
    var label: String
    var items: [String]
    /// The columns the label takes, and by which the continuation lines are indented.
    var labelWidth = 11

    func render(width: Int, glyphs: Glyphs, palette: Palette) -> [String] {
        let indent = String(repeating: " ", count: labelWidth)
        var lines: [String] = []
        var current = ""
        for item in items {
            let piece = current.isEmpty ? item : glyphs.separator + item
            if !current.isEmpty && labelWidth + DisplayWidth.of(current + piece) > width {
                lines.append(current)
                current = item
            } else {
                current += piece
            }
        }
        lines.append(current)
        return lines.enumerated().map { index, line in
            (index == 0 ? palette.heading(DisplayWidth.pad(label, to: labelWidth)) : indent) + line
        }
    }
}
