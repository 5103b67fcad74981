import Foundation
import Testing

/// A lexicon cache damaged on disk is rebuilt, never trusted: the lookup answers as with a sound cache.
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

    static let words = ["同舟共济", "人类命运共同体", "行百里者半九十", "上海精神", "两个一百年"]

    /// One cache, damaged one way after another (each build costs seconds, so they share it).
    @Test func damagedCacheIsRebuilt() throws {
        let scratch = try Scratch()
        let cache = scratch.path("cache")
        let reference = try TifaProcess.run(["lookup"] + Self.words, environment: ["TIFA_CACHE_DIR": cache])
        try #require(reference.status == 0, "\(reference.error)")
        for damage in Damage.allCases {
            try damage.apply(to: cache)
            let result = try TifaProcess.run(["lookup"] + Self.words, environment: ["TIFA_CACHE_DIR": cache])
            #expect(result.status == 0, "\(damage): \(result.error)")
            #expect(result.output == reference.output, "\(damage)")
            #expect(result.error.contains("Building the lexicon index"), "\(damage): the damaged cache was trusted")
            for mark in crashMarks { #expect(!result.error.contains(mark), "\(damage)") }
            // And the rebuilt cache is used from then on.
            let next = try TifaProcess.run(["lookup"] + Self.words, environment: ["TIFA_CACHE_DIR": cache])
            #expect(next.output == reference.output)
            #expect(next.error.isEmpty, "\(damage): \(next.error)")
        }
    }
}
