import Foundation

/// Reads a list of known words: every whitespace-separated token with a Chinese character in it, so one word
/// a line, several a line, and an exported table (word, pinyin, meaning) all work; `#` starts a comment line.
public enum KnownWordList {
    /// The words as the store keeps them: without surrounding spaces.
    public static func trimmed(_ words: [String]) -> [String] {
        words.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

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
    public static func words(inFile path: String) throws -> [String] {
        let expanded = NSString(string: path).expandingTildeInPath
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: expanded, isDirectory: &isDirectory) else {
            throw StoreError.unreadableFile(path, reason: "no such file")
        }
        if isDirectory.boolValue { throw StoreError.unreadableFile(path, reason: "it is a folder") }
        guard let handle = FileHandle(forReadingAtPath: expanded) else {
            throw StoreError.unreadableFile(path, reason: "permission denied")
        }
        defer { try? handle.close() }
        var data = Data()
        do {
            while let chunk = try handle.read(upToCount: 1 << 16), !chunk.isEmpty {
                data.append(chunk)
                if data.count > largestFile { throw StoreError.fileTooLarge(path, limit: largestFile) }
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unreadableFile(path, reason: DatabaseFile.reason(of: error))
        }
        if data.contains(0) { throw StoreError.binaryFile(path) }
        guard let text = String(data: data, encoding: .utf8) else { throw StoreError.notUTF8(path) }
        let words = Self.words(in: text)
        if words.isEmpty { throw StoreError.noWords(path) }
        return words
    }

    /// Whether `word` has at least one CJK ideograph.
    static func isChinese(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isUnifiedIdeograph }
    }
}

private extension Substring {
    func trimmingPrefix(while predicate: (Character) -> Bool) -> Substring {
        self[(firstIndex(where: { !predicate($0) }) ?? endIndex)...]
    }
}
