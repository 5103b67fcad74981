import Article
import Extraction
import Foundation
import Testing
import TifaTestSupport

/// The real extractor on the real evaluation texts of `../shared/eval`, scored against their gold lists. The floors
/// are the figures measured when they were last set (seed page 89.5 % / 92 %, the 2024 communiqué 84.4 % / 82 %; the
/// README's table says why the communiqué's precision fell from 86 %): a change that loses recall or precision fails
/// here. Issue 13's
/// targets are higher (90 % / 90 % on unseen text); `swift run -c release tifa-bench extract` prints the figures,
/// held-out texts included. Skipped, and reported so, when `../shared` is not beside the checkout.
@Suite(SharedMaterial.needs("eval"))
struct EvaluationTests {

    func score(text: String, gold: String) throws -> GoldStandard.Score {
        let folder = URL(fileURLWithPath: try #require(SharedMaterial.path("eval")))
        let standard = GoldStandard(tsv: try String(contentsOf: folder.appendingPathComponent(gold), encoding: .utf8))
        let document = try Document(contentsOfFile: folder.appendingPathComponent(text).path)
        let items = Extractor(lexicon: ExtractionFixture.lexicon).extract(from: [document], options: ExtractionOptions(top: 150))
        return standard.score(items)
    }

    @Test func theCommuniqueOf2024() throws {
        let score = try score(text: "dev-cewc-2024-12-12.txt", gold: "dev-cewc-2024-12-12.gold.tsv")
        #expect(score.recall >= 0.84, "core missed: \(score.coreMissed)")
        #expect(score.precision >= 0.82, "not in the gold list: \(score.notInGold)")
        #expect(score.nestedPairs.isEmpty, "\(score.nestedPairs)")
        #expect(score.composed.count <= 1, "\(score.composed)")
    }

    @Test func theSeedPage() throws {
        let score = try score(text: "../seeds/000_b6c711f2e1649eac.txt", gold: "seed-gold.tsv")
        #expect(score.recall >= 0.90, "core missed: \(score.coreMissed)")
        #expect(score.precision >= 0.92, "not in the gold list: \(score.notInGold)")
        #expect(score.fragments.isEmpty, "\(score.fragments)")
        #expect(score.nestedPairs.isEmpty, "\(score.nestedPairs)")
    }
}
