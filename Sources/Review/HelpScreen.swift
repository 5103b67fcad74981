import ConsoleText

/// The keys, shown by `?`.
enum HelpScreen {
    static func lines(width: Int, typed: Bool) -> [StyledLine] {
        let keys: [(String, String)] = [
            ("Space, Enter", typed ? "show the answer; on the back, accept the proposed rating" : "show the answer"),
            ("1 2 3 4", "Again, Hard, Good, Easy: each shows the interval it gives"),
            ("u", "undo the last answer (or bury, or suspend) of this session"),
            ("b", "bury the card until tomorrow"),
            ("s", "suspend the card (tifa cards unsuspend brings it back)"),
            ("e", "edit the note's English gloss in $EDITOR"),
            ("q, Ctrl-C", "quit; every answer is already saved, and tifa review goes on where you stopped"),
            ("?", "this help"),
        ]
        var lines: [StyledLine] = [StyledLine("Keys", .bold), .blank]
        for (key, meaning) in keys {
            let wrapped = TextWrap.wrap(StyledLine(meaning), width: max(10, width - 1 - 13))
            for (index, line) in wrapped.enumerated() {
                lines.append(index == 0 ? StyledLine(DisplayWidth.pad(key, to: 13), .bold) + line : line.indented(13))
            }
        }
        if typed {
            lines +=
                [.blank]
                + TextWrap.wrap(
                    StyledLine(
                        "With --typed, type the pinyin (tong2 zhou1, tóngzhōu) or the characters and Enter; u, b, s, e, ? or q alone and Enter act as the keys."
                    ),
                    width: width - 1)
        }
        lines += [.blank, StyledLine("Any key goes back to the card.", .dim)]
        return lines
    }
}
