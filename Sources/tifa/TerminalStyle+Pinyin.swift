import ConsoleText
import Lexicon

extension TerminalStyle {
    /// Pinyin in the tone colours of the review screen: each space-separated piece in the colour of the first
    /// tone mark in it (1 red, 2 orange, 3 green, 4 blue, neutral grey).
    func tones(_ pinyin: String) -> String {
        guard enabled else { return pinyin }
        return pinyin.split(separator: " ", omittingEmptySubsequences: false).map { syllable in
            styled(String(syllable), .tone(Pinyin.tone(ofMarked: syllable)))
        }.joined(separator: " ")
    }
}
