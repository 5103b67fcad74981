import Article
import Foundation
import FuzzSupport
import Testing

/// The reader never crashes: random bytes, random Unicode in every encoding it reads, and mutated real pages
/// either read as a document or fail with an `ArticleError` that names the input. Seeded: a failure prints the
/// seed that reproduces it.
@Suite struct ReaderFuzzTests {
    static let name = "fuzz.txt"

    /// Reads the bytes as every option would, checking what a successful read promises.
    static func read(_ bytes: [UInt8], seed: UInt64, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        for options in [
            ReadingOptions(), ReadingOptions(lines: .keep), ReadingOptions(format: .html),
            ReadingOptions(encoding: .gb18030), ReadingOptions(encoding: .utf8),
        ] {
            do {
                let document = try Document(bytes: bytes, name: name, options: options)
                #expect(!document.articles.isEmpty, "seed \(seed): a document with no article", sourceLocation: sourceLocation)
                for sentence in document.articles.flatMap(\.sentences) {
                    #expect(!sentence.text.isEmpty, "seed \(seed): an empty sentence", sourceLocation: sourceLocation)
                    #expect(sentence.location.line >= 1, "seed \(seed): line \(sentence.location.line)", sourceLocation: sourceLocation)
                }
                _ = document.text
                _ = document.sentenceLines
            } catch let error as ArticleError {
                #expect(error.localizedDescription.contains("'\(name)'"), "seed \(seed): \(error)", sourceLocation: sourceLocation)
            } catch {
                Issue.record("seed \(seed): unexpected \(error)", sourceLocation: sourceLocation)
            }
        }
    }

    @Test func randomBytes() {
        for seed in 0..<UInt64(FuzzBudget.iterations(300)) {
            var random = FuzzRandom(seed: seed &* 0x5EED_0001)
            Self.read(random.bytes(random.below(4_096)), seed: seed)
        }
    }

    @Test func randomUnicodeInEveryEncoding() {
        for seed in 0..<UInt64(FuzzBudget.iterations(200)) {
            var random = FuzzRandom(seed: seed &* 0x5EED_0002)
            let text = RandomText.string(&random, length: random.below(2_000))
            Self.read(Array(text.utf8), seed: seed)
            Self.read([0xEF, 0xBB, 0xBF] + Array(text.utf8), seed: seed)
            Self.read([0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, seed: seed)
            Self.read([0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }, seed: seed)
            Self.read(text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }, seed: seed)
        }
    }

    @Test func mutatedRealPages() throws {
        let pages = FuzzCorpus.articles
        try #require(!pages.isEmpty)
        for seed in 0..<UInt64(FuzzBudget.iterations(300)) {
            var random = FuzzRandom(seed: seed &* 0x5EED_0003)
            let page = random.pick(pages)
            Self.read(Mutation.mutate(Array(page.prefix(random.below(4_096) + 1)), with: random.pick(pages), &random), seed: seed)
        }
    }

    @Test func keptCrashesStayFixed() {
        for (name, bytes) in FuzzCorpus.crashes("reader") {
            Self.read(bytes, seed: 0)
            _ = name
        }
    }
}
