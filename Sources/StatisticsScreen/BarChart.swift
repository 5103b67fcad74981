/// A vertical bar chart of counts, one bar per day, fitted to a width: bars two columns wide when there is
/// room, one column, or one column for several days (their sum) when the days outnumber the columns.
///
///      12 │██
///         │██    ▃▃
///       0 └──────────
///          today  +7
struct BarChart {
    var values: [Int]
    /// Rows of bars at most; a Unicode row shows eighths. Counts up to 6 get a row each, so that small numbers
    /// read exactly.
    var maximumHeight = 6

    /// The chart's lines, none wider than `width`, and how many days each column sums.
    func render(width: Int, glyphs: Glyphs, palette: Palette) -> (lines: [String], daysPerColumn: Int) {
        // The axis labels' width depends on the tallest column, which depends on the columns left beside them.
        var axisLabelWidth = Self.labelWidth(values.max() ?? 0)
        var layout = Layout(days: values.count, available: width - 2 - axisLabelWidth)
        var columns = sums(layout)
        if Self.labelWidth(columns.max() ?? 0) > axisLabelWidth {
            axisLabelWidth = Self.labelWidth(columns.max() ?? 0)
            layout = Layout(days: values.count, available: width - 2 - axisLabelWidth)
            columns = sums(layout)
        }
        let top = max(columns.max() ?? 0, 1)
        let height = min(maximumHeight, top)
        let fullSteps = height * 8
        let steps = columns.map { value -> Int in
            guard value > 0 else { return 0 }
            let scaled = Int((Double(value) * Double(fullSteps) / Double(top)).rounded())
            return max(scaled, glyphs.smallestBar)  // a count above zero always shows
        }

        var lines: [String] = []
        for row in 0..<height {
            let floor = (height - 1 - row) * 8
            let label = row == 0 ? "\(top)" : ""
            let cells = steps.map { step -> String in
                let eighths = min(max(step - floor, 0), 8)
                let bar = String(repeating: glyphs.eighths[eighths], count: layout.barWidth)
                return bar + String(repeating: " ", count: layout.columnWidth - layout.barWidth)
            }.joined()
            lines.append(palette.dim(DisplayWidth.padLeft(label, to: axisLabelWidth) + " " + glyphs.verticalAxis)
                         + palette.bar(cells.trimmingTrailingSpaces))
        }
        let axisLength = columns.count * layout.columnWidth
        lines.append(palette.dim(DisplayWidth.padLeft("0", to: axisLabelWidth) + " " + glyphs.corner
                                 + String(repeating: glyphs.horizontalAxis, count: axisLength)))
        lines.append(palette.dim((String(repeating: " ", count: axisLabelWidth + 2)
                                 + dayLabels(columns: columns.count, layout: layout, room: width - axisLabelWidth - 2))
                    .trimmingTrailingSpaces))
        return (lines, layout.daysPerColumn)
    }

    private func sums(_ layout: Layout) -> [Int] {
        stride(from: 0, to: values.count, by: layout.daysPerColumn).map { start in
            values[start..<min(start + layout.daysPerColumn, values.count)].reduce(0, +)
        }
    }

    private static func labelWidth(_ top: Int) -> Int { max(String(max(top, 1)).count, 2) }

    /// "today" under the first column, then "+7", "+14"… under the columns that start a week, where they fit.
    private func dayLabels(columns: Int, layout: Layout, room: Int) -> String {
        let every = [7, 14, 28, 56, 91, 182, 364, 728].first { $0 / layout.daysPerColumn * layout.columnWidth >= 6 } ?? 1456
        var text = ""
        for column in 0..<columns {
            let firstDay = column * layout.daysPerColumn
            let previousDay = (column - 1) * layout.daysPerColumn
            let starts = column == 0 || firstDay / every > previousDay / every
            guard starts else { continue }
            let label = column == 0 ? "today" : "+\(firstDay)"
            let position = column * layout.columnWidth
            guard position >= text.count + (text.isEmpty ? 0 : 1),
                  position + label.count <= room
            else { continue }
            text += String(repeating: " ", count: position - text.count) + label
        }
        return text
    }

    /// How the days map to columns of text.
    struct Layout {
        var daysPerColumn = 1
        var columnWidth = 1
        var barWidth = 1

        init(days: Int, available: Int) {
            let available = max(available, 1)
            if days * 3 <= available {
                columnWidth = 3
                barWidth = 2
            } else if days * 2 <= available {
                columnWidth = 2
            } else if days > available {
                daysPerColumn = (days + available - 1) / available
            }
        }
    }
}
