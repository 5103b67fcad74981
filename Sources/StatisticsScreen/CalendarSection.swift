import Statistics

/// The past year of answers: a heading with its totals, the heatmap and its legend.
struct CalendarSection {
    var calendar: ReviewCalendar

    func lines(width: Int, glyphs: Glyphs, palette: Palette) -> [String] {
        var summary = Figures.count(calendar.total, "answer") + " on " + Figures.count(calendar.activeDays, "day")
        if calendar.busiest > 0 { summary += glyphs.separator + "busiest day \(calendar.busiest)" }
        return [palette.heading("Reviews in the past year"), "  " + summary]
            + Heatmap(calendar: calendar).render(width: width, glyphs: glyphs, palette: palette)
            + [Heatmap(calendar: calendar).legend(glyphs: glyphs, palette: palette)]
    }
}
