import ConsoleText
import Lexicon

/// Pinyin with each syllable in its tone's colour: tone 1 red, 2 orange, 3 green, 4 blue, neutral grey.
/// Syllables joined into words (`rénlèi mìngyùn`) are coloured one by one; an apostrophe stays plain.
enum PinyinColours {
    static func line(_ pinyin: String) -> StyledLine {
        var spans: [Span] = []
        for (index, word) in pinyin.split(separator: " ", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { spans.append(Span(" ")) }
            for piece in Pinyin.syllables(in: word) {
                let isSyllable = piece.unicodeScalars.contains { $0.properties.isAlphabetic }
                spans.append(isSyllable ? Span(String(piece), .tone(Pinyin.tone(ofMarked: piece))) : Span(String(piece)))
            }
        }
        return StyledLine(spans)
    }
}
