import Foundation
import Testing
import TifaTestSupport

@testable import Lexicon

/// The index is rebuilt exactly when the dictionary files' contents change, and never trusted when damaged.
@Suite struct LexiconCacheTests {
    let folder: TemporaryFolder
    let sources: DictionarySources
    let cache: URL

    init() throws {
        folder = try TemporaryFolder()
        sources = DictionarySources(directory: folder.file("Dictionaries"))
        cache = folder.file("cache")
        try SmallDictionary.write(to: sources.directory)
    }

    @Test func buildsOnceThenReuses() throws {
        let first = try LexiconCache.open(sources, in: cache)
        #expect(first.outcome == .built)
        #expect(Lexicon(index: first.index).word("同舟共济")?.idiom?.source == "《孙子·九地》")
        #expect(Lexicon(index: first.index).word("上海精神")?.registerCount == 25)
        #expect(try LexiconCache.open(sources, in: cache).outcome == .reused)
    }

    @Test func touchedButUnchangedFilesAreNotRebuilt() throws {
        _ = try LexiconCache.open(sources, in: cache)
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 3600)], ofItemAtPath: sources.url("hsk.tsv").path)
        #expect(try LexiconCache.open(sources, in: cache).outcome == .restamped)
        #expect(try LexiconCache.open(sources, in: cache).outcome == .reused)
    }

    @Test func changedDataIsRebuilt() throws {
        _ = try LexiconCache.open(sources, in: cache)
        let glossary =
            try String(contentsOf: sources.url("glossary.tsv"), encoding: .utf8)
            + "三股势力\tsan1 gu3 shi4 li4\tthree evil forces\tsecurity\tformulation\tterrorism, separatism and extremism\t\t1\n"
        try glossary.write(to: sources.url("glossary.tsv"), atomically: true, encoding: .utf8)
        let reopened = try LexiconCache.open(sources, in: cache)
        #expect(reopened.outcome == .built)
        #expect(Lexicon(index: reopened.index).word("三股势力")?.glossary?.english == ["three evil forces"])
    }

    @Test func changedConversionTableIsRebuilt() throws {
        let first = try LexiconCache.open(sources, in: cache)
        #expect(Lexicon(index: first.index).convertedToTraditional("同舟共济") == "同舟共濟")
        try "# simplified\ttraditional\n同舟\t同艘\n济\t濟\n".write(to: sources.url("opencc_st.tsv"), atomically: true, encoding: .utf8)
        let reopened = try LexiconCache.open(sources, in: cache)
        #expect(reopened.outcome == .built)
        #expect(Lexicon(index: reopened.index).convertedToTraditional("同舟共济") == "同艘共濟")
    }

    @Test func damagedIndexIsRebuilt() throws {
        _ = try LexiconCache.open(sources, in: cache)
        let indexURL = cache.appendingPathComponent(LexiconCache.indexName)
        var bytes = try Data(contentsOf: indexURL)
        bytes = bytes.prefix(bytes.count / 2)
        try bytes.write(to: indexURL)
        let reopened = try LexiconCache.open(sources, in: cache)
        #expect(reopened.outcome == .built)
        #expect(Lexicon(index: reopened.index).word("上海精神") != nil)
    }

    @Test func garbageInPlaceOfTheIndexIsRebuilt() throws {
        try FileManager.default.createDirectory(at: cache, withIntermediateDirectories: true)
        try Data("not an index".utf8).write(to: cache.appendingPathComponent(LexiconCache.indexName))
        #expect(try LexiconCache.open(sources, in: cache).outcome == .built)
    }

    @Test func concurrentBuildsLeaveAValidIndex() async throws {
        let sources = self.sources
        let cache = self.cache
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask { _ = try LexiconCache.open(sources, in: cache) }
            }
            try await group.waitForAll()
        }
        let final = try LexiconCache.open(sources, in: cache)
        #expect(final.outcome == .reused)
        #expect(Lexicon(index: final.index).word("同舟共济") != nil)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func malformedDictionaryLineIsNamed() throws {
        try "三股势力\tsan1\n".write(to: sources.url("glossary.tsv"), atomically: true, encoding: .utf8)
        #expect(throws: LexiconError.malformedLine(file: "glossary.tsv", line: 1, reason: "2 fields, expected 8")) {
            try LexiconCache.open(sources, in: cache)
        }
        // The index is streamed into a temporary file as it is built: a build that fails leaves none behind.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: cache.appendingPathComponent(LexiconCache.indexName).path))
    }
}
