import Foundation
import TextFile

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

    /// The largest word list read: far more than every word of every dictionary, and a bound on the memory a
    /// wrong file (a video, /dev/urandom) can take.
    public static let largestFile = 64 << 20

    /// The words of a UTF-8 text file, read before anything is written, so that a file that cannot be used
    /// leaves the store as it was.
    /// - Parameter path: the file as the user named it, which the errors quote.
    public static func words(inFile path: String) throws(LexiconError) -> [String] {
        let bytes: [UInt8]
        do {
            bytes = try TextFile.read(NSString(string: path).expandingTildeInPath, limit: largestFile)
        } catch {
            if case .tooLarge = error { throw .wordListTooLarge(path, limit: largestFile) }
            throw .unreadableWordList(path, reason: error.reason)
        }
        if bytes.contains(0) { throw .wordListNotText(path) }
        guard let text = String(data: Data(bytes), encoding: .utf8) else { throw .wordListNotUTF8(path) }
        let words = Self.words(in: text)
        if words.isEmpty { throw .noWords(path) }
        return words
    }

    /// Whether `word` has at least one CJK ideograph.
    static func isChinese(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isUnifiedIdeograph }
    }
}

extension Substring {
    fileprivate func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        self[(firstIndex(where: { !predicate($0) }) ?? endIndex)...]
    }
}
