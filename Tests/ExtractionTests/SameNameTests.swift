import Testing

@testable import Extraction

@Suite struct SameNameTests {
    static let names: [(text: String, forms: Set<String>)] = [
        // A post written three ways, shortened from its start.
        ("中共中央政治局委员、国务院副总理出席。中央政治局委员表示支持。政治局委员们听取汇报。", ["中共中央政治局委员", "中央政治局委员", "政治局委员"]),
        // A body shortened at its end.
        ("上合组织成员国元首理事会会议在青岛举行。上合峰会取得成功。上合组织日益壮大。", ["上合组织", "上合"]),
        // A short form the glossary renders more briefly ("Vice Premier") names what its full form names.
        ("国务院副总理何立峰出席会议。副总理强调，要做好工作。副总理还考察了企业。", ["国务院副总理", "副总理"]),
        // A short form of any kind the glossary cuts from an end of its full form.
        ("推进粤港澳大湾区建设。大湾区发展势头良好。大湾区融合加快。", ["粤港澳大湾区", "大湾区"]),
        // An abbreviation and its full form with one English.
        ("第十四届全国人民代表大会在京开幕。全国人大代表审议报告。全国人大依法履职。", ["全国人民代表大会", "全国人大"]),
        // A chain of forms, the English written two ways ("of the CPC", "of the Communist Party of China").
        ("中国共产党第二十次全国代表大会胜利召开。党的二十大擘画了蓝图。二十大报告指出方向。", ["中国共产党第二十次全国代表大会", "党的二十大", "二十大"]),
        // A congress said in full and by its short name.
        ("党的二十大擘画了蓝图。二十大报告指出方向。二十大以来，各地认真落实。", ["党的二十大", "二十大"]),
    ]

    @Test(arguments: names)
    func aNameShortenedFromAnEndIsOneCardWithTheOtherFormsRelated(text: String, forms: Set<String>) throws {
        let items = try ExtractionFixture.items(text)
        let cards = items.filter { forms.contains($0.term) }
        try #require(cards.count == 1, "\(items.map(\.term))")
        #expect(forms.subtracting([cards[0].term]).isSubset(of: cards[0].related), "\(cards[0].related)")
    }

    /// An abbreviation rendered apart from its full form is a word to learn: 上合 (the SCO) keeps its card beside
    /// 上海合作组织.
    @Test func anAbbreviationRenderedApartKeepsItsCard() throws {
        let terms = try ExtractionFixture.items("上海合作组织成员国领导人出席会议。团结互信是上合的优良传统。").map(\.term)
        #expect(Set(["上海合作组织", "上合"]).isSubset(of: terms), "\(terms)")
    }

    /// Words with one English are two words to learn: 互利 beside 互惠互利 ("mutual benefit"), and 互信 in the
    /// middle of 相互信任 ("mutual trust").
    @Test func wordsSharingAnEnglishSenseKeepTheirCards() throws {
        let terms = try ExtractionFixture.items("双方坚持互惠互利。互利是合作的基础。增进互信，加强相互信任。").map(\.term)
        #expect(Set(["互惠互利", "互利", "相互信任", "互信"]).isSubset(of: terms), "\(terms)")
    }
}
