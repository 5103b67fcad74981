import Foundation
import FuzzSupport
import Testing

@testable import Lexicon

/// The segmenter never crashes, on any text or any bytes, and its tokens always tile the text: in order, not
/// overlapping, inside it, and leaving out nothing but white space.
@Suite struct SegmenterFuzzTests {
    static let segmenter = Segmenter(lexicon: ShippedLexicon.shared)

    static func check(_ bytes: [UInt8], seed: UInt64, sourceLocation: SourceLocation = #_sourceLocation) {
        let tokens = bytes.withUnsafeBufferPointer { segmenter.segment(utf8: $0) }
        var end = 0
        for token in tokens {
            guard token.start >= end, token.end > token.start, token.end <= bytes.count else {
                Issue.record("seed \(seed): token \(token.start)..<\(token.end) after \(end) in \(bytes.count) bytes", sourceLocation: sourceLocation)
                return
            }
            let gap = String(decoding: bytes[end..<token.start], as: UTF8.self)
            #expect(
                gap.unicodeScalars.allSatisfy { ScalarClass($0) == .space }, "seed \(seed): skipped \(gap.debugDescription)",
                sourceLocation: sourceLocation)
            end = token.end
        }
        let rest = String(decoding: bytes[end...], as: UTF8.self)
        #expect(
            rest.unicodeScalars.allSatisfy { ScalarClass($0) == .space }, "seed \(seed): left \(rest.debugDescription)",
            sourceLocation: sourceLocation)
    }

    @Test func randomUnicode() {
        for seed in 0..<UInt64(FuzzBudget.iterations(400)) {
            var random = FuzzRandom(seed: seed &* 0x5E6_0001)
            let text = RandomText.string(&random, length: random.below(3_000))
            Self.check(Array(text.utf8), seed: seed)
            #expect(Self.segmenter.words(text).joined().unicodeScalars.allSatisfy { ScalarClass($0) != .space })
        }
    }

    @Test func randomBytesAreReadAsReplacementCharacters() {
        for seed in 0..<UInt64(FuzzBudget.iterations(400)) {
            var random = FuzzRandom(seed: seed &* 0x5E6_0002)
            Self.check(random.bytes(random.below(4_096)), seed: seed)
        }
    }

    @Test func mutatedRealText() throws {
        let pages = FuzzCorpus.articles
        try #require(!pages.isEmpty)
        for seed in 0..<UInt64(FuzzBudget.iterations(400)) {
            var random = FuzzRandom(seed: seed &* 0x5E6_0003)
            Self.check(Mutation.mutate(random.pick(pages), with: random.pick(pages), &random), seed: seed)
        }
    }

    /// Long runs of Han characters, of one character and of dictionary words end to end, stress the route.
    @Test func longRunsOfChineseCharacters() {
        for text in [
            String(repeating: "的", count: 50_000), String(repeating: "人类命运共同体", count: 5_000),
            String(repeating: "二○", count: 10_000) + "年", String(repeating: "一", count: 30_000),
        ] {
            Self.check(Array(text.utf8), seed: 0)
        }
    }

    @Test func keptCrashesStayFixed() {
        for (_, bytes) in FuzzCorpus.crashes("segmenter") { Self.check(bytes, seed: 0) }
    }
}
