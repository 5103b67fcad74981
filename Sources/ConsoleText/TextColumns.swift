/// Rows printed in aligned columns, counting a Chinese character as two columns the way a terminal shows it.
public struct TextColumns {
    public enum Alignment: Sendable { case left, right }

    public var header: [String]
    public var alignments: [Alignment]
    public var rows: [[String]] = []

    public init(header: [String], alignments: [Alignment], rows: [[String]] = []) {
        self.header = header
        self.alignments = alignments
        self.rows = rows
    }

    public func render(style: TerminalStyle) -> String {
        let widths = widths(of: rows)
        return ([style.bold(line(header, widths: widths))] + rows.map { line($0, widths: widths) }).joined(separator: "\n")
    }

    /// Each column's width: its widest cell among the header and `rows`.
    public func widths(of rows: [[String]]) -> [Int] {
        header.indices.map { column in
            ([header] + rows).map { DisplayWidth.of($0[column]) }.max() ?? 0
        }
    }

    /// One row padded to `widths`; a cell wider than its column (a row past those the widths were taken
    /// from) is printed whole and pushes the rest of its line along.
    public func line(_ cells: [String], widths: [Int]) -> String {
        cells.indices.map { column in
            let padding = String(repeating: " ", count: max(0, widths[column] - DisplayWidth.of(cells[column])))
            if column == cells.count - 1 && alignments[column] == .left { return cells[column] }
            return alignments[column] == .left ? cells[column] + padding : padding + cells[column]
        }.joined(separator: "  ")
    }
}
