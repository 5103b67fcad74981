/// Columns a text takes in a terminal: a Chinese character takes two.
enum DisplayWidth {
    static func of(_ text: String) -> Int {
        text.reduce(0) { width, character in width + of(character) }
    }

    static func of(_ character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        return isWide(scalar.value) ? 2 : 1
    }

    /// The text cut to at most `width` columns, ending with `ellipsis` when cut.
    static func truncate(_ text: String, to width: Int, ellipsis: String) -> String {
        guard of(text) > width else { return text }
        let room = width - of(ellipsis)
        guard room > 0 else { return String(ellipsis.prefix(max(0, width))) }
        var kept = "", used = 0
        for character in text {
            let next = of(character)
            if used + next > room { break }
            kept.append(character)
            used += next
        }
        return kept + ellipsis
    }

    /// The text followed by spaces up to `width` columns.
    static func pad(_ text: String, to width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - of(text)))
    }

    /// Spaces, then the text, up to `width` columns.
    static func padLeft(_ text: String, to width: Int) -> String {
        String(repeating: " ", count: max(0, width - of(text))) + text
    }

    /// East Asian Wide and Fullwidth ranges (Hangul, CJK, kana, fullwidth forms), as `tifa`'s tables count them.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
