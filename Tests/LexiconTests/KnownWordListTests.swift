import Foundation
import Testing
import TifaTestSupport

@testable import Lexicon

@Suite("Known-word lists")
struct KnownWordListTests {
    @Test("a file's words are read one or several a line, from tables too, skipping comments")
    func readsWords() throws {
        let folder = try TemporaryFolder()
        let file = folder.file("known.txt")
        try """
        # words I know
        中国 美国，日本
        同舟共济\ttóng zhōu gòng jì\tin the same boat

        中国
        """.write(to: file, atomically: true, encoding: .utf8)
        #expect(try KnownWordList.words(inFile: file.path) == ["中国", "美国", "日本", "同舟共济"])
    }

    @Test("a missing file, a folder, a binary file and a file that is not UTF-8 get errors naming them")
    func refusesBadFiles() throws {
        let folder = try TemporaryFolder()
        let missing = folder.file("missing.txt")
        #expect(throws: LexiconError.unreadableWordList(missing.path, reason: "no such file")) {
            try KnownWordList.words(inFile: missing.path)
        }
        #expect(throws: LexiconError.unreadableWordList(folder.url.path, reason: "it is a folder")) {
            try KnownWordList.words(inFile: folder.url.path)
        }
        let binary = folder.file("binary.txt")
        try Data([0xE4, 0xB8, 0xAD, 0x00]).write(to: binary)
        #expect(throws: LexiconError.wordListNotText(binary.path)) { try KnownWordList.words(inFile: binary.path) }
        let gbk = folder.file("gbk.txt")
        try Data([0xD6, 0xD0, 0xB9, 0xFA, 0xFF]).write(to: gbk)
        #expect(throws: LexiconError.wordListNotUTF8(gbk.path)) { try KnownWordList.words(inFile: gbk.path) }
        let english = folder.file("english.txt")
        try "diplomacy\n".write(to: english, atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.noWords(english.path)) { try KnownWordList.words(inFile: english.path) }
    }
}
