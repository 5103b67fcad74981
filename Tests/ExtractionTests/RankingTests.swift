import Testing

@testable import Extraction

@Suite struct RankingTests {
    @Test func aCoreTermMetOnlyInsideALongerWordingGainsNoBand() throws {
        // 新时代 is a core (band 1) formulation of the glossary. On its own it gains the band's 0.5; inside
        // 习近平新时代中国特色社会主义思想 only, it does not. Its other evidence (kind, corpus count) is the same.
        let alone = try #require(try ExtractionFixture.items("我们进入了新时代。").first { $0.term == "新时代" })
        let nested = try #require(try ExtractionFixture.items("坚持习近平新时代中国特色社会主义思想。").first { $0.term == "新时代" })
        #expect(abs(alone.scoreParts.register - nested.scoreParts.register - 0.5) < 1e-9)
    }

    @Test func aSpecialisedTermLosesAPoint() throws {
        // 分会场 is a specialised (band 3) glossary term: the band takes a point off its register score.
        let item = try #require(try ExtractionFixture.items("各省区市设分会场。").first { $0.term == "分会场" })
        #expect(item.scoreParts.explanation.register.contains { $0.because == "specialised band" && $0.value == -1.0 })
    }

    @Test func theExampleIsASentenceWhereTheUnitStandsOnItsOwn() throws {
        let text = "上合组织成员国领导人出席会议，签署了宣言。团结互信是上合的优良传统。"
        let item = try #require(try ExtractionFixture.items(text).first { $0.term == "上合" })
        #expect(item.example == "团结互信是上合的优良传统。")
    }

    @Test func aSubtitleOpenedByADashIsNotTheTitle() throws {
        let text = "政府工作报告\n——2024年3月5日在第十四届全国人民代表大会第二次会议上\n\n我们要坚持稳中求进工作总基调。\n"
        let item = try #require(try ExtractionFixture.items(text).first { $0.term == "稳中求进" })
        #expect(item.source.title == "政府工作报告")
    }

    @Test func aReportWithoutHeadlineTakesItsOpeningSentenceButNotTheSalutation() throws {
        let text = "各位代表：\n现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。\n我们要坚持稳中求进工作总基调。\n"
        let item = try #require(try ExtractionFixture.items(text).first { $0.term == "稳中求进" })
        // 38 characters: cut to 29 and marked.
        #expect(item.source.title == "现在，我代表国务院，向大会报告政府工作，请予审议，并请全国…")
    }
}
