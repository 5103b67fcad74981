import Testing

@testable import Extraction

@Suite struct PlusProgrammeTests {
    @Test func aQuotedFieldWithAPlusIsAProgrammeReadJia() throws {
        let items = try ExtractionFixture.items("开展“人工智能+”行动，培育未来产业。")
        let programme = try #require(items.first { $0.term == "人工智能+" })
        #expect(programme.pinyin == "réngōng zhìnéng jiā")
        #expect(programme.gloss.hasSuffix(" Plus"))
        #expect(programme.kind == .formulation)
    }

    @Test func onlyAPlusRightBeforeTheClosingMarkCounts() throws {
        #expect(PlusProgrammes.field(of: "互联网+") == "互联网")
        #expect(PlusProgrammes.field(of: "互联网") == nil)
        #expect(PlusProgrammes.field(of: "+") == nil)
        #expect(try ExtractionFixture.items("推进“互联网+政务服务”。").allSatisfy { !$0.term.contains("+") })
    }
}
