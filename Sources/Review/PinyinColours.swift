import Lexicon

/// Pinyin with each syllable in its tone's colour: tone 1 red, 2 orange, 3 green, 4 blue, neutral grey.
enum PinyinColours {
    static func line(_ pinyin: String) -> StyledLine {
        var spans: [Span] = []
        for (index, syllable) in pinyin.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { spans.append(Span(" ")) }
            if !syllable.isEmpty { spans.append(Span(String(syllable), .tone(Pinyin.tone(ofMarked: syllable)))) }
        }
        return StyledLine(spans)
    }
}
