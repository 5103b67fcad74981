import ConsoleText
import Statistics

/// The hardest cards as a table: term, card type, lapses, difficulty, and as much of the gloss as fits. A
/// suspended card's term is marked with an asterisk, explained under the table.
struct HardestSection {
    var cards: [HardCard]

    func lines(width: Int, glyphs: Glyphs, palette: Palette) -> [String] {
        let heading = palette.heading("Hardest cards")
        guard !cards.isEmpty else { return [heading, "  None yet: answer some cards first."] }
        let header = ["term", "card", "lapses", "difficulty", "gloss"]
        let rows = cards.map { card in
            [
                card.term + (card.suspended ? " *" : ""), card.type.rawValue, "\(card.lapses)",
                card.difficulty.map(Figures.oneDecimal) ?? "-", card.gloss,
            ]
        }
        var widths = (0..<4).map { column in ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        // A long term gives way before the other columns do.
        widths[0] = min(widths[0], width - 2 - widths[1...].reduce(0, +) - 6)
        func line(_ cells: [String]) -> String {
            let term = DisplayWidth.truncate(cells[0], to: widths[0], ellipsis: glyphs.ellipsis)
            var text =
                "  " + DisplayWidth.pad(term, to: widths[0]) + "  " + DisplayWidth.pad(cells[1], to: widths[1])
                + "  " + DisplayWidth.padLeft(cells[2], to: widths[2]) + "  " + DisplayWidth.padLeft(cells[3], to: widths[3])
            let room = width - DisplayWidth.of(text) - 2
            if room >= 8 && !cells[4].isEmpty {
                text += "  " + DisplayWidth.truncate(cells[4], to: room, ellipsis: glyphs.ellipsis)
            }
            return text
        }
        var lines = [heading, palette.dim(line(header).trimmingTrailingSpaces)] + rows.map(line)
        if cards.contains(where: \.suspended) { lines.append(palette.dim("  * suspended")) }
        return lines
    }
}
