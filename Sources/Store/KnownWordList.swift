/// Reads a list of known words: every whitespace-separated token with a Chinese character in it, so one word
/// a line, several a line, and an exported table (word, pinyin, meaning) all work; `#` starts a comment line.
public enum KnownWordList {
    public static func words(in text: String) -> [String] {
        var words: [String] = []
        var seen = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            if line.trimmingPrefix(while: \.isWhitespace).hasPrefix("#") { continue }
            for token in line.split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "，" || $0 == "、" }) {
                let word = String(token)
                if isChinese(word) && seen.insert(word).inserted { words.append(word) }
            }
        }
        return words
    }

    /// Whether `word` has at least one CJK ideograph.
    public static func isChinese(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isUnifiedIdeograph }
    }
}

private extension Substring {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        self[(firstIndex(where: { !predicate($0) }) ?? endIndex)...]
    }
}
