/// Breaks styled lines to fit a terminal's width, measuring columns as the terminal does.
///
/// English breaks at spaces; Chinese between any two characters, except that closing punctuation (，。》) never
/// starts a line and opening punctuation (《「) never ends one. A word wider than the line is cut.
public enum TextWrap {
    public static func wrap(_ line: StyledLine, width: Int, indent: Int = 0) -> [StyledLine] {
        let available = max(1, width - indent)
        var lines: [StyledLine] = []
        var current: [Span] = []
        var currentWidth = 0

        func finish() {
            // A line does not end in the space it broke at.
            while let last = current.last, last.text.allSatisfy({ $0 == " " }) { current.removeLast() }
            lines.append(StyledLine(current).indented(indent))
            current = []
            currentWidth = 0
        }
        for unit in units(of: line) {
            let unitWidth = DisplayWidth.of(unit.text)
            if unit.isSpace {
                if currentWidth + unitWidth <= available, currentWidth > 0 {
                    current.append(unit.span)
                    currentWidth += unitWidth
                }
                continue
            }
            if currentWidth + unitWidth > available && currentWidth > 0 { finish() }
            if unitWidth <= available {
                current.append(contentsOf: unit.spans)  // each syllable of rénlèi in its own tone's colour
                currentWidth += unitWidth
                continue
            }
            // Wider than a whole line: cut it where it overflows.
            for character in unit.text {
                let characterWidth = DisplayWidth.of(character)
                if currentWidth + characterWidth > available && currentWidth > 0 { finish() }
                current.append(Span(String(character), unit.style))
                currentWidth += characterWidth
            }
        }
        if !current.isEmpty || lines.isEmpty { finish() }
        return lines
    }

    /// Wraps each line and joins the results.
    public static func wrap(_ lines: [StyledLine], width: Int, indent: Int = 0) -> [StyledLine] {
        lines.flatMap { wrap($0, width: width, indent: indent) }
    }

    /// The line cut to `width` columns, ending in "…" when something was cut.
    public static func truncate(_ line: StyledLine, width: Int) -> StyledLine {
        guard line.width > width else { return line }
        var spans: [Span] = []
        var used = 0
        let room = max(0, width - 1)
        outer: for span in line.spans {
            var text = ""
            for character in span.text {
                let characterWidth = DisplayWidth.of(character)
                if used + characterWidth > room {
                    if !text.isEmpty { spans.append(Span(text, span.style)) }
                    break outer
                }
                text.append(character)
                used += characterWidth
            }
            spans.append(Span(text, span.style))
        }
        return StyledLine(spans + (width > 0 ? [Span("…", .dim)] : []))
    }

    /// A piece that is never broken: a run of Latin letters (a word), one space, or one wide character with the
    /// punctuation that must stay beside it.
    private struct Unit {
        var spans: [Span]
        var isSpace: Bool
        var text: String { spans.map(\.text).joined() }
        var style: TextStyle { spans.first?.style ?? .plain }
        /// A unit made of spans of different styles keeps them when it fits; cut, it takes its first span's style.
        var span: Span { spans.count == 1 ? spans[0] : Span(text, style) }
    }

    private static func units(of line: StyledLine) -> [Unit] {
        var units: [Unit] = []
        var gluedToNext = false
        for span in line.spans {
            for character in span.text {
                let piece = Span(String(character), span.style)
                if character == " " {
                    units.append(Unit(spans: [piece], isSpace: true))
                    gluedToNext = false
                    continue
                }
                let wide = DisplayWidth.of(character) == 2
                let previous = units.last
                let joins: Bool
                if let previous, !previous.isSpace {
                    let previousLast = previous.spans.last?.text.last ?? " "
                    let previousWide = DisplayWidth.of(previousLast) == 2
                    joins =
                        gluedToNext || closing.contains(character)
                        || (!wide && !previousWide)
                        || (DisplayWidth.of(character) == 0)
                } else {
                    joins = false
                }
                if joins, var last = units.popLast() {
                    if last.spans[last.spans.count - 1].style == span.style {
                        last.spans[last.spans.count - 1].text.append(character)
                    } else {
                        last.spans.append(piece)
                    }
                    units.append(last)
                } else {
                    units.append(Unit(spans: [piece], isSpace: false))
                }
                gluedToNext = opening.contains(character)
            }
        }
        return units
    }

    /// Punctuation that must not start a line.
    private static let closing: Set<Character> = [
        "，", "。", "、", "；", "：", "？", "！", "）", "》", "」", "』", "】", "〉", "”", "’", "…", ",", ".", ";", ":",
        "?", "!", ")", "]", "·",
    ]
    /// Punctuation that must not end a line.
    private static let opening: Set<Character> = ["（", "《", "「", "『", "【", "〈", "“", "‘", "(", "["]
}
