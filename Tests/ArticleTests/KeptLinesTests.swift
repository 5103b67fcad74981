import Foundation
import FuzzSupport
import Testing

@testable import Article

/// `KeptLines`, the streamed --keep-lines reader, against `Document`, the whole-file one: the same lines for
/// every input it takes, and nil for every input it leaves to `Document` (which then reads it, or refuses it).
@Suite struct KeptLinesTests {
    /// The lines a `Document` makes of the bytes with --keep-lines, or nil when it refuses them.
    static func documentLines(_ bytes: [UInt8], options: ReadingOptions = ReadingOptions(lines: .keep)) -> [String]? {
        guard let document = try? Document(bytes: bytes, name: "test.txt", options: options) else { return nil }
        return document.articles.flatMap { $0.headlines.map(\.text) + $0.paragraphs.map(\.text) }
    }

    static func keptLines(_ lines: KeptLines) throws -> [String] {
        var result: [String] = []
        try lines.forEachLine { result.append(String(decoding: $0, as: UTF8.self)) }
        return result
    }

    /// The streamed lines of the bytes, or nil when `KeptLines` leaves them to `Document`.
    static func streamedLines(_ bytes: [UInt8], options: ReadingOptions = ReadingOptions(lines: .keep)) throws -> [String]? {
        try KeptLines(bytes: bytes, name: "test.txt", options: options).map(keptLines)
    }

    @Test func keepsBlankLinesInTheMiddleAndAtTheEnd() throws {
        let text = "\n第一行\n\n  \n第二行\n\n"
        #expect(try Self.streamedLines(Array(text.utf8)) == ["", "第一行", "", "", "第二行", ""])
    }

    @Test func cleansLikeTheDocument() throws {
        // Checked by hand: the byte-order mark and the zero-width space go, the spaces around 中 go, one space
        // stays between two Latin words, CR LF is one break and CR alone another, a form feed and U+2028 end lines.
        let text = "\u{FEFF}中国  abc  def \t ghi\u{3000}中  \n\u{200B}x\u{A0}y z\r\n２０１８年 6 月\rA\u{0C}B\u{2028}C  "
        let expected = ["中国abc def ghi中", "x y z", "２０１８年6月", "A", "B", "C"]
        #expect(Self.documentLines(Array(text.utf8)) == expected)
        #expect(try Self.streamedLines(Array(text.utf8)) == expected)
    }

    @Test func leavesEverythingElseToTheDocument() throws {
        let inputs: [[UInt8]] = [
            [], Array("  \n\n".utf8), [0x61, 0x00, 0x62], [0xD6, 0xD0, 0xB9, 0xFA], [0xE4, 0xB8],
            [0xFF, 0xFE, 0x61, 0x00], Array("x\u{01}\u{02}y".utf8), Array("<html><body><p>中国</p></body></html>".utf8),
        ]
        for bytes in inputs {
            #expect(try Self.streamedLines(bytes) == nil, "\(bytes)")
        }
        let html = Array("<p>中国</p>".utf8)
        #expect(try Self.streamedLines(html, options: ReadingOptions(lines: .keep, format: .html)) == nil)
        #expect(try Self.streamedLines(html, options: ReadingOptions(lines: .keep, format: .plainText)) == ["<p>中国</p>"])
        #expect(try Self.streamedLines(Array("中国".utf8), options: ReadingOptions(encoding: .gb18030, lines: .keep)) == nil)
    }

    @Test func readsAFileAcrossItsBlocks() throws {
        // More than a block (256 KB) of three-byte characters, so that characters are cut at block boundaries.
        var text = ""
        var line = 0
        while text.utf8.count < 700_000 {
            line += 1
            text += line % 7 == 0 ? "\r\n" : "第\(line)行：中华人民共和国 Hello  World，\t中国\n"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kept-lines-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let lines = try #require(KeptLines(path: url.path, options: ReadingOptions(lines: .keep)))
        #expect(try Self.keptLines(lines) == Self.documentLines(Array(text.utf8)))
        #expect(KeptLines(path: url.path + ".missing", options: ReadingOptions(lines: .keep)) == nil)
    }

    @Test func agreesWithTheDocumentOnRandomText() throws {
        // Scalars that every rule of the cleaner and the line splitter looks at.
        let alphabet: [String] = [
            "中", "国", "a", "B", "7", "２", " ", "\t", "\u{3000}", "\u{A0}", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}",
            "\u{85}", "\u{2028}", "\u{200B}", "\u{FEFF}", "\u{01}", "，", "。", "“", "—", "·", "😀", "é",
        ]
        for seed in 0..<UInt64(FuzzBudget.iterations(400)) {
            var random = FuzzRandom(seed: seed &* 0x4B3E_0017)
            let text = (0..<random.below(60)).map { _ in random.pick(alphabet) }.joined()
            let bytes = Array(text.utf8)
            let streamed = try Self.streamedLines(bytes)
            let whole = Self.documentLines(bytes)
            // Streamed whenever the document reads it, and then line for line the same.
            #expect(streamed == whole, "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test func decodesUTF8AsTheStandardLibraryDoes() {
        for seed in 0..<UInt64(FuzzBudget.iterations(2_000)) {
            var random = FuzzRandom(seed: seed &* 0x0F7F_0008)
            // Bytes near the edges of UTF-8's ranges, and plain random ones.
            let edges: [UInt8] = [0x00, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
            let bytes = (0..<random.below(8)).map { _ in random.oneIn(2) ? random.pick(edges) : UInt8(truncatingIfNeeded: random.next()) }
            let expected = UnicodeDecoding.scalars(bytes, as: UTF8.self)
            var decoded: [Unicode.Scalar]? = []
            bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return }
                var offset = 0
                while offset < buffer.count {
                    guard case let .scalar(scalar, length) = UTF8Scalars.step(base, at: offset, end: buffer.count) else {
                        decoded = nil
                        return
                    }
                    decoded?.append(scalar)
                    offset += length
                }
            }
            #expect(decoded == expected, "seed \(seed): \(bytes)")
        }
    }
}
