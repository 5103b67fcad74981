/// Text made to reach the corners of a reader of Chinese newspaper pages: Han characters and CJK punctuation,
/// full-width forms, every kind of line break and space, invisible characters, combining marks, emoji, and the
/// pieces the layout rules look for (credits, datelines, paragraph markers, HTML), in random order.
public enum RandomText {
    static let pieces: [String] = [
        "（据新华社）", "新华社北京6月10日电", "本报记者 王晓", "一、", "（一）", "答：", "1.", "•", "——", "……", "《人民日报》",
        "<p>", "</p>", "<br>", "&nbsp;", "&#20013;", "<script>x</script>", "<!DOCTYPE html>", "<html>", "2018年6月11日",
        "二○一八年", "3.5%", "G20", "SCO", "行百里者半九十", "人类命运共同体", "同舟共济", "\r\n", "\n\n", "\u{0C}", "　",
        "\u{FEFF}", "\u{200B}", "\u{2028}", "\u{85}", "e\u{301}", "👨‍👩‍👧", "🇨🇳", "\u{10FFFF}", "\u{E000}", "ｆｕｌｌ",
        "：", "。", "！", "？", "”", "“", "」", "』", "）", "51.", "6800", "68\n00",
    ]

    static let ranges: [ClosedRange<UInt32>] = [
        0x20...0x7E, 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF01...0xFF5E, 0x3400...0x4DBF, 0x20000...0x2A6DF,
        0x00...0x1F, 0x80...0x2FF, 0x300...0x36F, 0x2000...0x206F, 0xF900...0xFAFF, 0x1F300...0x1FAFF,
        0xE000...0xF8FF, 0xFFF0...0xFFFF, 0x0E0000...0x0E007F,
    ]

    /// A string of about `length` scalars.
    public static func string(_ random: inout FuzzRandom, length: Int) -> String {
        var text = String.UnicodeScalarView()
        while text.count < length {
            if random.oneIn(6) {
                text.append(contentsOf: random.pick(pieces).unicodeScalars)
                continue
            }
            let range = random.pick(ranges)
            let value = range.lowerBound + UInt32(random.below(Int(range.upperBound - range.lowerBound) + 1))
            if let scalar = Unicode.Scalar(value) { text.append(scalar) }
        }
        return String(text)
    }
}

/// Byte-level mutations of a real input, the way a fuzzer makes them: flips, insertions, deletions,
/// duplications, splices with another input, a cut in the middle of a character.
public enum Mutation {
    public static func mutate(_ input: [UInt8], with other: [UInt8], _ random: inout FuzzRandom) -> [UInt8] {
        var bytes = input
        for _ in 0...random.below(8) {
            let position = bytes.isEmpty ? 0 : random.below(bytes.count)
            switch random.below(9) {
            case 0 where !bytes.isEmpty: bytes[position] ^= UInt8(1 << random.below(8))
            case 1 where !bytes.isEmpty: bytes[position] = UInt8(truncatingIfNeeded: random.next())
            case 2: bytes.insert(contentsOf: random.bytes(random.below(8) + 1), at: position)
            case 3 where !bytes.isEmpty:
                bytes.removeSubrange(position..<min(bytes.count, position + random.below(64) + 1))
            case 4 where !bytes.isEmpty:
                let end = min(bytes.count, position + random.below(256) + 1)
                bytes.insert(contentsOf: bytes[position..<end], at: random.below(bytes.count))
            case 5 where !other.isEmpty:
                let start = random.below(other.count)
                bytes.insert(contentsOf: other[start..<min(other.count, start + random.below(512) + 1)], at: position)
            case 6: bytes = Array(bytes.prefix(position))
            case 7: bytes.insert(random.pick([0x0A, 0x0D, 0x20, 0x00, 0x0C, 0xFF, 0xFE, 0xEF, 0xBB, 0xBF]), at: position)
            default: bytes.insert(contentsOf: Array(random.pick(RandomText.pieces).utf8), at: position)
            }
        }
        return bytes
    }
}
