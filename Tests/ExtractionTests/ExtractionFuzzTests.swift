import Extraction
import FuzzSupport
import Testing

/// The extractor never crashes on text built from the pieces its patterns look for (、 series, heads, 的, 不,
/// 中 and a country, quotation marks) in random order and lengths, and every card it makes points at its term
/// in its example sentence.
@Suite struct ExtractionFuzzTests {
    static let pieces = [
        "、", "，", "。", "的", "不", "稳", "中", "老", "党", "论", "观", "倡议", "伙伴关系", "命运共同体",
        "财政政策", "更加积极", "全面战略", "二十大", "“", "”", "力量", "化", "和平", "就业", "发展", "而不",
        "共", "走深走实", "强国建设", "民族复兴伟业", "相互尊重", "合作共赢", "一", "者", "半", "\n",
    ]

    @Test func randomPatternPieces() throws {
        for seed in 0..<UInt64(FuzzBudget.iterations(150)) {
            var random = FuzzRandom(seed: seed &* 0xE47_0001)
            var text = ""
            for _ in 0..<random.below(120) {
                text += random.oneIn(4) ? RandomText.string(&random, length: random.below(4)) : random.pick(Self.pieces)
            }
            for item in try ExtractionFixture.items(text) {
                let scalars = Array(item.example.unicodeScalars)
                let end = item.highlight.start + item.highlight.length
                guard item.highlight.start >= 0, end <= scalars.count else {
                    Issue.record("seed \(seed): \(item.term) highlighted at \(item.highlight) in \(item.example)")
                    continue
                }
                let highlighted = String(String.UnicodeScalarView(scalars[item.highlight.start..<end]))
                #expect(highlighted == item.term, "seed \(seed): \(item.term) highlighted as \(highlighted)")
            }
        }
    }
}
