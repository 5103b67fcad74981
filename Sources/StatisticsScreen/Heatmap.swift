import ConsoleText
import Statistics

/// A year of answers as a GitHub-style calendar: a column per week (Monday at the top), a shade per day, month
/// names above. Two columns a week when the width allows, else one; the oldest weeks go when even that is too wide.
///
///          Mar     Apr
///     Mon  ·░·▒█·
///     Wed  ·▓░··█
struct Heatmap {
    var calendar: ReviewCalendar

    static let rowLabelWidth = 5

    func render(width: Int, glyphs: Glyphs, palette: Palette) -> [String] {
        let totalWeeks = (calendar.counts.count + 6) / 7
        let room = width - Self.rowLabelWidth
        let columnsPerWeek = totalWeeks * 2 <= room ? 2 : 1
        let weeks = min(totalWeeks, room / columnsPerWeek)
        let firstWeek = totalWeeks - weeks

        var lines = [
            palette.dim(
                monthLine(
                    firstWeek: firstWeek, weeks: weeks, columnsPerWeek: columnsPerWeek,
                    width: width))
        ]
        for weekday in 0..<7 {
            let label = weekday % 2 == 0 && weekday < 6 ? Figures.weekdayNames[weekday] : ""
            var row = palette.dim(DisplayWidth.pad(label, to: Self.rowLabelWidth))
            for week in firstWeek..<totalWeeks {
                let index = week * 7 + weekday
                guard index < calendar.counts.count else { break }
                let level = calendar.level(of: calendar.counts[index])
                row += palette.heat(glyphs.shades[level], level: level) + (columnsPerWeek == 2 ? " " : "")
            }
            lines.append(row.trimmingTrailingSpaces)
        }
        return lines
    }

    /// "less ·░▒▓█ more", the shades from none to the busiest day.
    func legend(glyphs: Glyphs, palette: Palette) -> String {
        let shades = glyphs.shades.enumerated().map { palette.heat($1, level: $0) }.joined()
        return String(repeating: " ", count: Self.rowLabelWidth) + palette.dim("less ") + shades + palette.dim(" more")
    }

    /// Month names over the week in which each month begins, each where it does not run into the one before.
    private func monthLine(firstWeek: Int, weeks: Int, columnsPerWeek: Int, width: Int) -> String {
        var text = String(repeating: " ", count: Self.rowLabelWidth)
        for week in firstWeek..<(firstWeek + weeks) {
            let monday = calendar.from.adding(days: week * 7)
            guard let first = (0..<7).map({ monday.adding(days: $0) }).first(where: { $0.day == 1 }),
                first <= calendar.through
            else { continue }
            let position = Self.rowLabelWidth + (week - firstWeek) * columnsPerWeek
            let name = Figures.monthNames[first.month - 1]
            guard position >= text.count + (text.count > Self.rowLabelWidth ? 1 : 0), position + name.count <= width
            else { continue }
            text += String(repeating: " ", count: position - text.count) + name
        }
        return text.trimmingTrailingSpaces
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
