import Foundation
import Testing
import TifaTestSupport

@testable import Store

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

    @Test("a word list's words are added once each")
    func addsAWordList() throws {
        let store = try TemporaryFolder().openStore()
        #expect(try store.addKnownWords(["中国", "美国", "日本", "同舟共济", " 中国 "], now: now) == 4)
        #expect(try store.knownWordSet() == ["中国", "美国", "日本", "同舟共济"])
    }
}
