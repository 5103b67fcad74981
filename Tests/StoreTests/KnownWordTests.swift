import Foundation
import Testing
@testable import Store
import TifaTestSupport

@Suite("Known words")
struct KnownWordTests {
    let now = date("2025-03-01T08:00:00Z")

    @Test("add, list, remove")
    func addsAndRemoves() throws {
        let store = try TemporaryFolder().openStore()
        #expect(try store.addKnownWords(["中国", "外交", "中国"], now: now) == 2)
        #expect(try store.addKnownWords(["中国"], now: now) == 0)
        #expect(try store.knownWords().map(\.word) == ["中国", "外交"].sorted())
        #expect(try store.knownWordSet() == ["中国", "外交"])
        #expect(try store.removeKnownWords(["中国", "和平"]) == 1)
        #expect(try store.knownWordSet() == ["外交"])
    }

    @Test("a word without Chinese characters is refused and nothing is added")
    func refusesNonChinese() throws {
        let store = try TemporaryFolder().openStore()
        #expect(throws: StoreError.notAWord("diplomacy")) { try store.addKnownWords(["中国", "diplomacy"], now: now) }
        #expect(try store.knownWords().isEmpty)
    }

    @Test("a file's words are read one or several a line, from tables too, skipping comments")
    func imports() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let file = folder.file("known.txt")
        try """
            # words I know
            中国 美国，日本
            同舟共济\ttóng zhōu gòng jì\tin the same boat

            中国
            """.write(to: file, atomically: true, encoding: .utf8)
        let words = try KnownWordList.words(inFile: file.path)
        #expect(words.count == 4)
        #expect(try store.addKnownWords(words, now: now) == 4)
        #expect(try store.knownWordSet() == ["中国", "美国", "日本", "同舟共济"])
    }

    @Test("a missing file and a file that is not UTF-8 get errors naming them")
    func refusesBadFiles() throws {
        let folder = try TemporaryFolder()
        let missing = folder.file("missing.txt")
        let error = #expect(throws: StoreError.self) { try KnownWordList.words(inFile: missing.path) }
        guard case let .unreadableFile(path, _) = error else {
            Issue.record("expected unreadableFile, got \(String(describing: error))")
            return
        }
        #expect(path == missing.path)
        let gbk = folder.file("gbk.txt")
        try Data([0xD6, 0xD0, 0xB9, 0xFA, 0xFF]).write(to: gbk)
        #expect(throws: StoreError.notUTF8(gbk.path)) { try KnownWordList.words(inFile: gbk.path) }
    }
}
