import Foundation
import Testing

@testable import Article

/// Bytes to text: what is detected, what an explicit encoding does, and what is refused, with which message.
@Suite struct DecodingTests {
    let sample = "各位代表：\n现在，我代表国务院，向大会报告政府工作。\n"

    @Test func readsUTF8WithAndWithoutByteOrderMark() throws {
        let plain = try Document(bytes: Array(sample.utf8), name: "a.txt")
        let marked = try Document(bytes: [0xEF, 0xBB, 0xBF] + Array(sample.utf8), name: "a.txt")
        #expect(plain.encoding == .utf8 && marked.encoding == .utf8)
        #expect(plain.articles == marked.articles)
        // The mark is not a column: the first character is still at 1:1.
        let first = marked.articles[0].paragraphs[0].location
        #expect(first.line == 1 && first.column == 1)
    }

    @Test func detectsGB18030() throws {
        let bytes = try Fixture.bytes("people-daily-2018-06-11.gb18030.txt")
        #expect(try DecodedText(bytes: bytes, name: "gb.txt", choice: .auto).encoding == .gb18030)
        #expect(GB18030.decode(bytes) == Array(try String(contentsOfFile: Fixture.path(Fixture.seedPage), encoding: .utf8).unicodeScalars))
    }

    @Test func explicitEncodingOverridesDetection() throws {
        let path = Fixture.path("people-daily-2018-06-11.gb18030.txt")
        #expect(throws: ArticleError.notUTF8(path)) {
            try Document(contentsOfFile: path, options: ReadingOptions(encoding: .utf8))
        }
        #expect(
            ArticleError.notUTF8("article.txt").localizedDescription
                == "'article.txt' is not UTF-8 text; if it is GB18030, pass --encoding gb18030")
        // Bytes that are no GB18030 at all: a lead byte followed by a line feed.
        #expect(throws: ArticleError.notGB18030("x.txt")) {
            try Document(bytes: Array("新华".utf8) + [0x81, 0x0A], name: "x.txt", options: ReadingOptions(encoding: .gb18030))
        }
    }

    @Test func readsUTF16WithAByteOrderMark() throws {
        let littleEndian: [UInt8] = [0xFF, 0xFE] + sample.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let bigEndian: [UInt8] = [0xFE, 0xFF] + sample.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        let expected = try Document(bytes: Array(sample.utf8), name: "a.txt").articles
        #expect(try Document(bytes: littleEndian, name: "a.txt").articles == expected)
        #expect(try Document(bytes: bigEndian, name: "a.txt").encoding == .utf16BigEndian)
        #expect(try Document(bytes: bigEndian, name: "a.txt").articles == expected)
    }

    @Test func refusesUTF16WithoutByteOrderMark() throws {
        let path = Fixture.path("people-daily-excerpt.utf16le-no-bom.txt")
        #expect(throws: ArticleError.utf16WithoutByteOrderMark(path, littleEndian: true)) {
            try Document(contentsOfFile: path)
        }
        // Without a single ASCII character there is no NUL byte to go by.
        let hanOnly: [UInt8] = "国务委员兼外交部长王毅在青岛接受媒体采访".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(throws: ArticleError.utf16WithoutByteOrderMark("be.txt", littleEndian: false)) {
            try Document(bytes: hanOnly, name: "be.txt")
        }
        #expect(
            ArticleError.utf16WithoutByteOrderMark("a.txt", littleEndian: true).localizedDescription
                .contains("iconv -f UTF-16LE -t UTF-8 'a.txt'"))
    }

    @Test func refusesBinaryData() throws {
        let path = Fixture.path("binary.png")
        #expect(throws: ArticleError.binary(path)) { try Document(contentsOfFile: path) }
        // NUL bytes in otherwise valid UTF-8, and control characters throughout.
        #expect(throws: ArticleError.binary("nul.txt")) { try Document(bytes: Array("新华社\u{0}北京".utf8), name: "nul.txt") }
        let controls = (0..<200).map { UInt8(1 + $0 % 8) } + Array("新华社".utf8)
        #expect(throws: ArticleError.binary("c.txt")) { try Document(bytes: controls, name: "c.txt") }
        #expect(ArticleError.binary("x.pdf").localizedDescription.hasPrefix("'x.pdf' is not text"))
    }

    @Test func refusesTextInNeitherEncoding() {
        // Latin-1 "café": not UTF-8, and no Chinese in GB18030.
        #expect(throws: ArticleError.undecodable("latin1.txt")) {
            try Document(bytes: [0x63, 0x61, 0x66, 0xE9, 0x0A], name: "latin1.txt")
        }
    }

    @Test func refusesEmptyAndBlankFiles() {
        let empty = Fixture.path("empty.txt")
        let blank = Fixture.path("blank.txt")
        #expect(throws: ArticleError.empty(empty)) { try Document(contentsOfFile: empty) }
        #expect(throws: ArticleError.empty(blank)) { try Document(contentsOfFile: blank) }
        #expect(throws: ArticleError.empty("paste")) { try Document(text: " \u{3000}\n\u{200B}\n", name: "paste") }
        #expect(ArticleError.empty("a.txt").localizedDescription.hasPrefix("'a.txt' holds no text"))
    }

    @Test func refusesFoldersAndMissingFiles() {
        let folder = Fixture.directory.path
        #expect(throws: ArticleError.isDirectory(folder)) { try Document(contentsOfFile: folder) }
        let missing = Fixture.path("no-such-article.txt")
        #expect(throws: ArticleError.fileNotFound(missing)) { try Document(contentsOfFile: missing) }
        #expect(ArticleError.fileNotFound("a.txt").localizedDescription.hasPrefix("'a.txt' does not exist"))
    }
}
