import Foundation
import Testing
import TifaTestSupport

/// A lexicon cache damaged on disk is rebuilt, never trusted: the lookup answers as with a sound cache. The
/// binary reads the small dictionary (`TIFA_DICTIONARIES`), whose index builds in milliseconds: each damage costs
/// a rebuild, and the shipped dictionaries' rebuild takes seconds in a debug build (`LexiconCacheTests` checks the
/// same rebuilds on the library, and the shipped index is built by every other end-to-end test).
@Suite(.serialized) struct LexiconCacheDamageTests {
    enum Damage: String, CaseIterable, CustomTestStringConvertible {
        /// Bytes overwritten in the middle of the index, its header intact.
        case overwrittenBody
        case truncated
        case garbageStamp

        var testDescription: String { rawValue }

        func apply(to cache: String) throws {
            let files = try FileManager.default.contentsOfDirectory(atPath: cache)
            let index = "\(cache)/" + (try #require(files.first { $0.hasSuffix(".bin") }))
            switch self {
            case .overwrittenBody:
                let handle = try #require(FileHandle(forUpdatingAtPath: index))
                let size = try handle.seekToEnd()
                for step in 1...200 {
                    try handle.seek(toOffset: 100 + size * UInt64(step) / 202)
                    try handle.write(contentsOf: BadBytes.random(count: 4_096, seed: UInt64(step)))
                }
                try handle.close()
            case .truncated:
                let handle = try #require(FileHandle(forUpdatingAtPath: index))
                try handle.truncate(atOffset: try handle.seekToEnd() / 2)
                try handle.close()
            case .garbageStamp:
                let stamp = try #require(files.first { $0.hasSuffix(".stamp") })
                try Data(BadBytes.random(count: 300, seed: 7)).write(to: URL(fileURLWithPath: "\(cache)/\(stamp)"))
            }
        }
    }

    /// The small dictionary's idiom and glossary formulation.
    static let words = ["同舟共济", "上海精神"]

    /// One cache, damaged one way after another.
    @Test func damagedCacheIsRebuilt() throws {
        let scratch = try TemporaryFolder()
        let cache = scratch.path("cache")
        let environment = ["TIFA_CACHE_DIR": cache, "TIFA_DICTIONARIES": try SmallDictionary.write(to: scratch.file("Dictionaries")).path]
        let reference = try TifaProcess.run(["lookup"] + Self.words, environment: environment)
        try #require(reference.status == 0, "\(reference.error)")
        for damage in Damage.allCases {
            try damage.apply(to: cache)
            let result = try TifaProcess.run(["lookup"] + Self.words, environment: environment)
            #expect(result.status == 0, "\(damage): \(result.error)")
            #expect(result.output == reference.output, "\(damage)")
            #expect(result.error.contains("Building the lexicon index"), "\(damage): the damaged cache was trusted")
            for mark in crashMarks { #expect(!result.error.contains(mark), "\(damage)") }
            // And the rebuilt cache is used from then on.
            let next = try TifaProcess.run(["lookup"] + Self.words, environment: environment)
            #expect(next.output == reference.output)
            #expect(next.error.isEmpty, "\(damage): \(next.error)")
        }
    }
}
