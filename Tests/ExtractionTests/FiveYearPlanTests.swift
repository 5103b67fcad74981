import Testing

@testable import Extraction

/// The five-year plans by number, in every spelling the press has used; the sentences are written for these tests,
/// with plans the glossary does not list (it has 九五计划, 十五计划, 十一五规划 and a few more).
@Suite struct FiveYearPlanTests {
    static let cases: [(sentence: String, name: String?, english: String?)] = [
        ("第九个五年计划顺利完成。", "第九个五年计划", "the 9th Five-Year Plan (1996–2000)"),
        ("制定第十一个五年规划纲要。", "第十一个五年规划", "the 11th Five-Year Plan (2006–2010)"),
        ("四五计划期间工业有所发展。", "四五计划", "the 4th Five-Year Plan (1971–1975)"),
        // The short name's 五 is the plan's: 十二五规划 is the Twelfth, 十五计划 the Tenth.
        ("“十二五”规划开局良好。", "十二五规划", "the 12th Five-Year Plan (2011–2015)"),
        ("十二五规划提出节能减排。", "十二五规划", "the 12th Five-Year Plan (2011–2015)"),
        // The first two plans ran from 1953; the Third began in 1966, after three years of readjustment.
        ("第二个五年计划开始实施。", "第二个五年计划", "the 2nd Five-Year Plan (1958–1962)"),
        ("第三个五年计划开始实施。", "第三个五年计划", "the 3rd Five-Year Plan (1966–1970)"),
        // Today's plan, in its full name (the glossary has the short ones).
        ("编制第十五个五年规划。", "第十五个五年规划", "the 15th Five-Year Plan (2026–2030)"),
        // The short name alone, between quotation marks.
        ("“九五”期间，经济持续增长。", "九五", "the 9th Five-Year Plan (1996–2000)"),
        // A number with no plan after it is a number, and “十五” alone is fifteen as often as the Tenth.
        ("他今年十五岁。", nil, nil),
        ("“十五”期间，经济持续增长。", nil, nil),
        ("九五之尊。", nil, nil),
        // Digits read one by one are a year, and 百分之十五 a fraction.
        ("国家一九九五计划执行顺利。", nil, nil),
        ("比例为百分之十五计划内。", nil, nil),
    ]

    @Test(arguments: cases)
    func aPlanIsOneNameWithItsYears(sentence: String, name: String?, english: String?) throws {
        // The frame's English and the glossary's are one, so the card reads the same whichever gives it.
        let plans = try ExtractionFixture.items(sentence).filter { $0.gloss.contains("Five-Year Plan") }
        guard let name, let english else {
            #expect(plans.isEmpty, "\(plans.map(\.term))")
            return
        }
        let plan = try #require(plans.first { $0.term == name }, "\(plans.map(\.term))")
        #expect(plan.gloss == english)
    }

    @Test func theYearsFollowTheNumber() {
        #expect(FiveYearPlans.years(of: 2) == "1958–1962")
        #expect(FiveYearPlans.years(of: 14) == "2021–2025")
        #expect(FiveYearPlans.years(of: 16) == nil)
    }
}
