import Testing

@testable import Extraction

/// Clauses of one length on one frame, set off by ， or 、 (`ParallelClauses`); the sentences are written for these
/// tests.
@Suite struct ParallelClauseTests {
    static let cases: [(sentence: String, slogan: String?)] = [
        // A negation in the same place in every clause; the longer first clause cut where a word begins.
        ("中国的改革不会停顿，开放不会止步。", "改革不会停顿，开放不会止步"),
        ("他说，霸权不得人心，分裂没有前途，大国不应对抗，冷战不能重来。", "霸权不得人心，分裂没有前途，大国不应对抗，冷战不能重来"),
        // A word of the frame shared by two clauses.
        ("我们要藏粮于地，藏粮于技。", "藏粮于地，藏粮于技"),
        ("中方愿展现大国胸怀，拿出大国担当。", "展现大国胸怀，拿出大国担当"),
        // Three clauses share one character of the frame.
        ("共享机遇，共克时艰，共创未来。", "共享机遇，共克时艰，共创未来"),
        // Two clauses that merely begin alike share one character, not a frame.
        ("加大财政支出强度，加强重点领域保障。", nil),
        // Clauses of different lengths are no pair.
        ("改革不会停顿，开放更不会止步。", nil),
        // Set off by 、: the frame inside the clauses, what varies on both sides of it.
        ("党员干部要说老实话、办老实事、做老实人。", "说老实话、办老实事、做老实人"),
        // 之 in one place of three clauses; the longer opening clause cut where a word begins.
        ("要不断筑牢信仰之基、补足精神之钙、把稳思想之舵。", "筑牢信仰之基、补足精神之钙、把稳思想之舵"),
        // Little varies: one character of four.
        ("各地深化以案促改、以案促治。", "以案促改、以案促治"),
        // A shared head or opening alone makes a list of things, and numbers a tally.
        ("他收看了综合频道、新闻频道。", nil),
        ("会议聚焦重点领域、重点行业。", nil),
        ("中国队获得两枚金牌、一枚银牌。", nil),
    ]

    @Test(arguments: cases)
    func parallelClauses(sentence: String, slogan: String?) throws {
        let found = try ExtractionFixture.items(sentence).map(\.term).filter { $0.contains("，") || $0.contains("、") }
        if let slogan {
            #expect(found == [slogan])
        } else {
            #expect(found.isEmpty, "\(found)")
        }
    }

    @Test func aLongerOpeningClauseStillLeavesTheSeriesAfterIt() throws {
        // 这是我们的一贯立场 shares nothing with the two after it; they still make a pair.
        let found = try ExtractionFixture.items("这是我们的一贯立场，坚持沟通对话，坚持互利共赢。").map(\.term).filter { $0.contains("，") }
        #expect(found == ["坚持沟通对话，坚持互利共赢"])
    }
}
