import Foundation

/// One line of CC-CEDICT read as bytes, for the index build: what `CedictEntry(line:)` and
/// `Lexicon.isOrdinary` read from it, as views into the file instead of Strings.
///
/// The line's punctuation (space, brackets, slashes) is ASCII and found as bytes; CC-CEDICT never puts a
/// combining mark after it, where `CedictEntry`'s Character-based search would see one character instead.
struct CedictLine {
    typealias Bytes = UnsafeBufferPointer<UInt8>

    var traditional: Bytes
    var simplified: Bytes
    /// Numbered pinyin as CC-CEDICT writes it.
    var pinyin: Bytes
    /// The senses that are not blank, in order.
    var senses: [Bytes]

    /// Nil for a line that does not have the `TRAD SIMP [PINYIN] /SENSE/` shape.
    init?(_ line: Bytes) {
        guard let open = Self.firstIndex(of: "[", in: line, from: 0),
            let close = Self.firstIndex(of: "]", in: line, from: open),
            let slash = Self.firstIndex(of: "/", in: line, from: close)
        else { return nil }
        let forms = Self.pieces(of: Bytes(rebasing: line[..<open]), separator: " ")
        guard forms.count == 2 else { return nil }
        traditional = forms[0]
        simplified = forms[1]
        pinyin = Bytes(rebasing: line[(open + 1)..<close])
        senses = Self.pieces(of: Bytes(rebasing: line[slash...]), separator: "/").filter { !Self.isBlank($0) }
        guard !senses.isEmpty else { return nil }
    }

    /// CC-CEDICT marks chengyu with "(idiom)" in a sense.
    var isIdiom: Bool {
        senses.contains { Self.contains($0, "(idiom)") }
    }

    /// `Lexicon.isOrdinary`: a lower-case reading, and some sense that is neither a surname nor a variant.
    var isOrdinary: Bool {
        Self.startsLowercase(pinyin)
            && !senses.allSatisfy {
                Self.hasPrefix($0, "surname ") || Self.hasPrefix($0, "variant of") || Self.hasPrefix($0, "old variant")
            }
    }

    /// The payload record: `C`, traditional, simplified, pinyin and the senses joined by "/", tab-separated.
    func writeRecord(to record: inout [UInt8]) {
        record.append(contentsOf: "C\t".utf8)
        record.append(contentsOf: traditional)
        record.append(UInt8(ascii: "\t"))
        record.append(contentsOf: simplified)
        record.append(UInt8(ascii: "\t"))
        record.append(contentsOf: pinyin)
        record.append(UInt8(ascii: "\t"))
        for (number, sense) in senses.enumerated() {
            if number > 0 { record.append(UInt8(ascii: "/")) }
            record.append(contentsOf: sense)
        }
    }

    /// Whether the first character of `text` is lower-case, as `Character.isLowercase` says.
    static func startsLowercase(_ text: Bytes) -> Bool {
        guard let first = text.first else { return false }
        if first < 0x80 { return first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z") }
        return String(decoding: text, as: UTF8.self).first?.isLowercase == true
    }

    /// The non-empty runs of `text` between `separator`s, as `split(separator:)` gives them.
    static func pieces(of text: Bytes, separator: Unicode.Scalar) -> [Bytes] {
        let separator = UInt8(ascii: separator)
        var pieces: [Bytes] = []
        var start = 0
        for position in 0...text.count where position == text.count || text[position] == separator {
            if position > start { pieces.append(Bytes(rebasing: text[start..<position])) }
            start = position + 1
        }
        return pieces
    }

    private static func firstIndex(of byte: Unicode.Scalar, in line: Bytes, from start: Int) -> Int? {
        let byte = UInt8(ascii: byte)
        for position in start..<line.count where line[position] == byte { return position }
        return nil
    }

    /// All white space, as `trimmingWhitespace.isEmpty` says: ASCII is checked as bytes, anything else as text.
    private static func isBlank(_ text: Bytes) -> Bool {
        if text.allSatisfy({ $0 < 0x80 }) {
            return text.allSatisfy { $0 == UInt8(ascii: " ") || ($0 >= 0x09 && $0 <= 0x0D) }
        }
        return String(decoding: text, as: UTF8.self).trimmingWhitespace.isEmpty
    }

    private static func hasPrefix(_ text: Bytes, _ prefix: StaticString) -> Bool {
        let prefixBytes = Bytes(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        return text.count >= prefixBytes.count && text.prefix(prefixBytes.count).elementsEqual(prefixBytes)
    }

    private static func contains(_ text: Bytes, _ word: StaticString) -> Bool {
        let wordBytes = Bytes(start: word.utf8Start, count: word.utf8CodeUnitCount)
        guard text.count >= wordBytes.count else { return false }
        for start in 0...(text.count - wordBytes.count)
        where text[start] == wordBytes[0] && Bytes(rebasing: text[start..<(start + wordBytes.count)]).elementsEqual(wordBytes) {
            return true
        }
        return false
    }
}
