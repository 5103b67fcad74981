import Testing

@testable import Extraction

@Suite struct SloganTests {
    func negations(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return Slogans.parallelNegations(in: scalars).map { String(String.UnicodeScalarView(scalars[$0.start..<$0.start + $0.length])) }
    }

    @Test func clausesOfEqualLengthBeginningWithNegationAreASlogan() {
        #expect(
            negations("各成员国应当秉持“上海精神”，不搞封闭排外的小圈子，不打地缘博弈的小算盘，积极推动合作。")
                == ["不搞封闭排外的小圈子，不打地缘博弈的小算盘"])
        #expect(negations("不敢腐、不能腐、不想腐，三者一体推进。") == ["不敢腐、不能腐、不想腐"])
        // Each clause starts at punctuation: a negation inside a clause (应当不搞…) is no clause of its own.
        #expect(negations("各国应当不搞小圈子，不打小算盘。").isEmpty)
    }

    @Test func unequalOrNonNegatingClausesAreNot() {
        // 6 and 8 characters, and 不断 is "constantly", not a negation.
        #expect(negations("我们不断认识规律，不断推进理论创新。").isEmpty)
        #expect(negations("要不急躁，也不拖延。").isEmpty)
        // A single negative clause is no pair.
        #expect(negations("不忘初心，牢记使命。").isEmpty)
    }

    @Test func abacIsNoPieceOfALongerAlternation() throws {
        let terms = try ExtractionFixture.items("要准确把握世情国情党情社情，推动共建“一带一路”走深走实。").map(\.term)
        #expect(terms.contains("走深走实"), "\(terms)")
        #expect(!terms.contains { ["情国情党", "情党情社", "国情党情"].contains($0) }, "\(terms)")
    }

    @Test(arguments: [
        ("要做到应保尽保，兜住民生底线。", "应保尽保"),
        ("他对当地积极组织生产自救、能种尽种的主动精神表示肯定。", "能种尽种"),
        ("对符合条件的企业应享尽享。", "应享尽享"),
    ])
    func whateverShouldBeDoneIsDoneIsAPledge(sentence: String, pledge: String) throws {
        let terms = try ExtractionFixture.items(sentence).map(\.term)
        #expect(terms.contains(pledge), "\(terms)")
    }

    @Test func abacEndsOnNoParticle() throws {
        // 种尽种的 reads as ABAC (种…种) but is a piece of 能种尽种 and the 的 after it; 实打实的 is 实打实 and 的.
        let terms = try ExtractionFixture.items("他肯定了能种尽种的精神，要实打实的干。").map(\.term)
        #expect(!terms.contains("种尽种的") && !terms.contains("实打实的"), "\(terms)")
    }

    @Test func xErBuYStartsAndEndsWhereWordsDo() throws {
        let terms = try ExtractionFixture.items("坚持结伴而不结盟，为民族复兴而不懈奋斗。").map(\.term)
        #expect(terms.contains("结伴而不结盟"))
        // 不懈 and 奋斗 are the words there: 复兴而不懈奋 would end inside 奋斗.
        #expect(!terms.contains("复兴而不懈奋"))
    }
}
