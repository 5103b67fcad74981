import Statistics

/// The due forecast: a heading with the load it implies, then the bar chart.
struct ForecastSection {
    var forecast: DueForecast

    func lines(width: Int, glyphs: Glyphs, palette: Palette) -> [String] {
        let heading = palette.heading("Due in the next " + Figures.count(forecast.days, "day"))
        var items = [
            Figures.count(forecast.total, "review") + ", \(Figures.oneDecimal(forecast.averagePerDay)) a day",
            "long-run load \(Figures.oneDecimal(forecast.dailyLoad)) a day",
        ]
        if forecast.overdue > 0 { items.insert("\(forecast.overdue) overdue", at: 1) }
        var lines =
            [heading]
            + LabelledLines(label: "", items: items, labelWidth: 2).render(width: width, glyphs: glyphs, palette: palette)
        guard forecast.total > 0 else {
            lines.append("  Nothing due: new cards come first.")
            return lines
        }
        let (chart, daysPerColumn) = BarChart(values: forecast.due).render(width: width, glyphs: glyphs, palette: palette)
        lines += chart
        if daysPerColumn > 1 { lines.append(palette.dim("  each column sums \(daysPerColumn) days")) }
        return lines
    }
}
