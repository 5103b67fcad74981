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
        // The separators found in the contiguous bytes and the fields cut at their offsets: the generic split
        // stepped through the view index by index, which was a sixth of what writing a long text's cards cost
        // (every dictionary record read is split this way).
        let utf8 = line.utf8
        let cuts = utf8.withContiguousStorageIfAvailable { bytes in bytes.indices.filter { bytes[$0] == separator } }
        guard let cuts else { return utf8.split(separator: separator, omittingEmptySubsequences: false).map { Substring($0) } }
        var fields: [Substring] = []
        fields.reserveCapacity(cuts.count + 1)
        var start = utf8.startIndex
        var startOffset = 0
        for cut in cuts {
            let end = utf8.index(start, offsetBy: cut - startOffset)
            fields.append(Substring(utf8[start..<end]))
            start = utf8.index(after: end)
            startOffset = cut + 1
        }
        fields.append(Substring(utf8[start...]))
        return fields
    }

    static func read(_ url: URL) throws -> String {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconError.malformedLine(file: url.lastPathComponent, line: 0, reason: "the file is not UTF-8")
        }
        return text
    }
}

/// The same reading over a file's bytes, for the index build: no String is made of a line or a field, and
/// fields are views into the file.
extension TextTable {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    /// Reads a dictionary file and hands its bytes to `body`, once they are known to be UTF-8.
    static func withBytes<Result>(of url: URL, _ body: (Bytes) throws -> Result) throws -> Result {
        let data = try Data(contentsOf: url)
        return try data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard String(validating: bytes, as: UTF8.self) != nil else {
                throw LexiconError.malformedLine(file: url.lastPathComponent, line: 0, reason: "the file is not UTF-8")
            }
            return try body(bytes)
        }
    }

    /// Calls `body` with each line that is neither empty nor a `#` comment, and its 1-based number, as
    /// `forEachLine(in:)` does for a String.
    static func forEachLine(in text: Bytes, _ body: (Bytes, Int) throws -> Void) rethrows {
        var number = 0
        var start = 0
        while start <= text.count {
            var end = start
            while end < text.count, text[end] != UInt8(ascii: "\n") { end += 1 }
            number += 1
            var last = end
            if last > start, text[start] != UInt8(ascii: "#") {
                if text[last - 1] == UInt8(ascii: "\r") { last -= 1 }
                if last > start { try body(Bytes(rebasing: text[start..<last]), number) }
            }
            start = end + 1
        }
    }

    /// Splits a line into fields at `separator`, keeping empty fields, into `fields` (emptied first, so one
    /// array serves every line).
    static func split(_ line: Bytes, separator: UInt8 = UInt8(ascii: "\t"), into fields: inout [Bytes]) {
        fields.removeAll(keepingCapacity: true)
        var start = 0
        for position in 0..<line.count where line[position] == separator {
            fields.append(Bytes(rebasing: line[start..<position]))
            start = position + 1
        }
        fields.append(Bytes(rebasing: line[start..<line.count]))
    }

    /// A decimal count as `UInt32(_: Substring)` reads it: an optional sign, then digits; nil on overflow.
    static func number<Value: FixedWidthInteger & UnsignedInteger>(_ field: Bytes, as: Value.Type = UInt32.self) -> Value? {
        var digits = Bytes(rebasing: field[...])
        var negative = false
        if let sign = digits.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
            negative = sign == UInt8(ascii: "-")
            digits = Bytes(rebasing: digits.dropFirst())
        }
        guard !digits.isEmpty else { return nil }
        var value: Value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (shifted, overflowShift) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflowAdd) = shifted.addingReportingOverflow(Value(byte - UInt8(ascii: "0")))
            guard !overflowShift, !overflowAdd else { return nil }
            value = sum
        }
        // "-0" is zero; any other negative number is out of an unsigned range.
        return negative && value != 0 ? nil : value
    }
}
