import Foundation

/// Line-oriented reading of the dictionary files, over UTF-8 bytes rather than Characters:
/// the files have hundreds of thousands of lines and grapheme breaking would dominate the index build.
enum TextTable {
    /// Calls `body` with each line that is neither empty nor a `#` comment, and its 1-based number.
    static func forEachLine(in text: String, _ body: (Substring, Int) throws -> Void) rethrows {
        var number = 0
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            number += 1
            guard let first = line.first, first != UInt8(ascii: "#") else { continue }
            var text = Substring(line)
            if text.utf8.last == UInt8(ascii: "\r") { text = text.dropLast() }
            if text.isEmpty { continue }
            try body(text, number)
        }
    }

    /// Splits a line into fields at `separator`, keeping empty fields.
    static func fields(_ line: Substring, separator: UInt8 = UInt8(ascii: "\t")) -> [Substring] {
        line.utf8.split(separator: separator, omittingEmptySubsequences: false).map { Substring($0) }
    }

    static func read(_ url: URL) throws -> String {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError.malformedLine(file: url.lastPathComponent, line: 0, reason: "the file is not UTF-8")
        }
        return text
    }
}
