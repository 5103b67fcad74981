import ConsoleText
import Lexicon
import Testing

@testable import StatisticsScreen

@Suite("Charts")
struct ChartTests {
    /// Width 60: the axis labels take 2 columns and the axis 2 more, leaving 56; 3 days × 3 columns fit, so each
    /// bar is 2 columns wide with a gap. The tallest count is 2, so the chart is 2 rows high (a row per answer).
    @Test func smallCountsGetARowEach() {
        let (lines, daysPerColumn) = BarChart(values: [2, 0, 1]).render(width: 60, glyphs: .unicode, palette: Palette(enabled: false))
        #expect(
            lines == [
                " 2 │██",
                "   │██    ██",
                " 0 └─────────",
                "    today",
            ])
        #expect(daysPerColumn == 1)
    }

    /// 100 days do not fit in 56 columns, nor in 56 at one a column: two days a column (50 columns), each summing
    /// 2. Labels every 14 days (7 columns), the last, "+98", at column 49.
    @Test func manyDaysShareAColumn() {
        let (lines, daysPerColumn) = BarChart(values: Array(repeating: 1, count: 100))
            .render(width: 60, glyphs: .unicode, palette: Palette(enabled: false))
        #expect(daysPerColumn == 2)
        #expect(lines[0] == " 2 │" + String(repeating: "█", count: 50))
        #expect(lines[3] == "    today  +14    +28    +42    +56    +70    +84    +98")
    }

    /// Counts above 6 are scaled to 6 rows of eighths: 3 of 12 is 12 eighths, a full bottom row and half the next.
    @Test func largeCountsAreScaledInEighths() {
        let (lines, _) = BarChart(values: [12, 3]).render(width: 60, glyphs: .unicode, palette: Palette(enabled: false))
        #expect(lines.count == 8)
        #expect(lines[4] == "   │██ ▄▄")
        #expect(lines[5] == "   │██ ██")
        let (ascii, _) = BarChart(values: [12, 3]).render(width: 60, glyphs: .ascii, palette: Palette(enabled: false))
        #expect(ascii[4] == "   |## ##")
        #expect(ascii[5] == "   |## ##")
        #expect(ascii[6] == " 0 +------")
    }

    @Test func labelledLinesWrapUnderTheLabel() {
        let lines = LabelledLines(label: "Notes", items: ["24 in all", "4 idioms", "12 formulations"])
            .render(width: 35, glyphs: .unicode, palette: Palette(enabled: false))
        #expect(lines == ["Notes      24 in all · 4 idioms", "           12 formulations"])
    }

    @Test func chineseTakesTwoColumns() {
        #expect(DisplayWidth.of("同舟共济 *") == 10)
        #expect(DisplayWidth.truncate("人类命运共同体", to: 7, ellipsis: "…") == "人类命…")
    }
}
