import ConsoleText

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
            lines.append(
                palette.dim(DisplayWidth.padLeft(label, to: axisLabelWidth) + " " + glyphs.verticalAxis)
                    + palette.bar(cells.trimmingTrailingSpaces))
        }
        let axisLength = columns.count * layout.columnWidth
        lines.append(
            palette.dim(
                DisplayWidth.padLeft("0", to: axisLabelWidth) + " " + glyphs.corner
                    + String(repeating: glyphs.horizontalAxis, count: axisLength)))
        lines.append(
            palette.dim(
                (String(repeating: " ", count: axisLabelWidth + 2)
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

    /// "today" under the first column, then "+7", "+14"… (or "+30", "+60"… when a column sums several days)
    /// under the columns that start such a step, where they fit.
    private func dayLabels(columns: Int, layout: Layout, room: Int) -> String {
        let perColumn = layout.daysPerColumn
        let step = Self.labelStep(daysPerColumn: perColumn, columnWidth: layout.columnWidth)
        var text = ""
        for column in 0..<columns {
            let firstDay = column * perColumn
            let startsStep = column == 0 || firstDay / step > (firstDay - perColumn) / step
            guard startsStep else { continue }
            let label = column == 0 ? "today" : "+\(firstDay)"
            let position = column * layout.columnWidth
            guard position >= text.count + (text.isEmpty ? 0 : 1), position + label.count <= room else { continue }
            text += String(repeating: " ", count: position - text.count) + label
        }
        return text
    }

    /// Days between labels: weeks, months, quarters, years.
    static let labelSteps: [Int] = [7, 14, 28, 30, 56, 60, 84, 90, 120, 168, 180, 360, 365, 540, 1080, 1825, 3650]

    /// The shortest step that leaves 6 columns between labels, a whole number of columns if there is one.
    static func labelStep(daysPerColumn: Int, columnWidth: Int) -> Int {
        var fallback: Int?
        for step in labelSteps where step / daysPerColumn * columnWidth >= 6 {
            if step % daysPerColumn == 0 { return step }
            if fallback == nil { fallback = step }
        }
        return fallback ?? daysPerColumn * 6
    }

    /// How the days map to columns of text.
    struct Layout {
        var daysPerColumn = 1
        var columnWidth = 1
        var barWidth = 1

        /// Days a column may sum, so that the labels under them fall on round numbers.
        static let roundDaysPerColumn: [Int] = [2, 3, 5, 7, 10, 14, 15, 30, 60, 90, 120, 180, 365]

        init(days: Int, available: Int) {
            let available = max(available, 1)
            if days * 3 <= available {
                columnWidth = 3
                barWidth = 2
            } else if days * 2 <= available {
                columnWidth = 2
            } else if days > available {
                let fewest = (days + available - 1) / available
                daysPerColumn = Self.roundDaysPerColumn.first { $0 >= fewest } ?? fewest
            }
        }
    }
}
