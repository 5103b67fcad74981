import Testing

@testable import Extraction

/// The five-year plans by number, in every spelling the press has used; the sentences are written for these tests.
@Suite struct FiveYearPlanTests {
    static let cases: [(sentence: String, name: String?, english: String?)] = [
        ("第九个五年计划顺利完成。", "第九个五年计划", "the 9th Five-Year Plan (1996–2000)"),
        ("制定第十一个五年规划纲要。", "第十一个五年规划", "the 11th Five-Year Plan (2006–2010)"),
        ("九五计划期间经济较快增长。", "九五计划", "the 9th Five-Year Plan (1996–2000)"),
        // The short name's 五 is the plan's: 十五计划 is the Tenth, 十一五规划 the Eleventh.
        ("“十五”计划开局良好。", "十五计划", "the 10th Five-Year Plan (2001–2005)"),
        ("十一五规划提出节能减排。", "十一五规划", "the 11th Five-Year Plan (2006–2010)"),
        // The first two plans ran from 1953; the Third began in 1966, after three years of readjustment.
        ("第一个五年计划超额完成。", "第一个五年计划", "the 1st Five-Year Plan (1953–1957)"),
        ("第三个五年计划开始实施。", "第三个五年计划", "the 3rd Five-Year Plan (1966–1970)"),
        // A number with no plan after it is a number.
        ("他今年十五岁。", nil, nil),
        ("“十五”期间，经济持续增长。", nil, nil),
    ]

    @Test(arguments: cases)
    func aPlanIsOneNameWithItsYears(sentence: String, name: String?, english: String?) throws {
        let plans = try ExtractionFixture.items(sentence).filter { $0.glossSource == .frame && $0.gloss.contains("Five-Year Plan") }
        guard let name, let english else {
            #expect(plans.isEmpty, "\(plans.map(\.term))")
            return
        }
        let plan = try #require(plans.first { $0.term == name || $0.related.contains(name) }, "\(plans.map(\.term))")
        #expect(plan.gloss == english)
    }

    @Test func theYearsFollowTheNumber() {
        #expect(FiveYearPlans.years(of: 2) == "1958–1962")
        #expect(FiveYearPlans.years(of: 14) == "2021–2025")
        #expect(FiveYearPlans.years(of: 16) == nil)
    }
}
