import Statistics

/// `tifa stats` as text: the figures, the due forecast as a bar chart, the year as a heatmap and the hardest
/// cards, every line fitted to the width the options give.
public struct StatisticsScreen {
    public var statistics: StudyStatistics
    public var options: ScreenOptions

    public init(_ statistics: StudyStatistics, options: ScreenOptions) {
        self.statistics = statistics
        self.options = options
    }

    public var text: String {
        let glyphs = Glyphs.of(options.characters)
        let palette = Palette(enabled: options.colour)
        let width = options.width
        let sections = [
            [title(glyphs: glyphs, palette: palette)],
            SummarySection(statistics: statistics).lines(width: width, glyphs: glyphs, palette: palette),
            ForecastSection(forecast: statistics.forecast).lines(width: width, glyphs: glyphs, palette: palette),
            CalendarSection(calendar: statistics.calendar).lines(width: width, glyphs: glyphs, palette: palette),
            HardestSection(cards: statistics.hardest).lines(width: width, glyphs: glyphs, palette: palette),
        ]
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// "外交 · Sat 2025-03-01, the study day from 04:00".
    private func title(glyphs: Glyphs, palette: Palette) -> String {
        let today = statistics.today
        let hour = statistics.dayStartHour < 10 ? "0\(statistics.dayStartHour)" : "\(statistics.dayStartHour)"
        return palette.heading(statistics.deck ?? "All decks") + glyphs.separator
            + palette.dim("\(Figures.weekdayNames[today.weekday - 1]) \(today), the study day from \(hour):00")
    }
}
