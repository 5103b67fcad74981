import Testing

@testable import Extraction

@Suite struct RankingTests {
    @Test func aCoreTermMetOnlyInsideALongerWordingGainsNoBand() throws {
        // 中国特色社会主义 is a core (band 1) formulation of the glossary. On its own it gains the band's 0.5; inside
        // 习近平新时代中国特色社会主义思想 only, it does not. Its other evidence (kind, corpus count) is the same.
        let term = "中国特色社会主义"
        let alone = try #require(try ExtractionFixture.items("我们坚持中国特色社会主义。").first { $0.term == term })
        let nested = try #require(try ExtractionFixture.items("坚持习近平新时代中国特色社会主义思想。").first { $0.term == term })
        #expect(abs(alone.scoreParts.register - nested.scoreParts.register - 0.5) < 1e-9)
    }

    @Test func aCoreUnitEveryTextNamesGainsNoBand() throws {
        // register.tsv counts 新时代 over 3,000 times: a core formulation, but every text of the register names it.
        let everyday = try #require(try ExtractionFixture.items("我们进入了新时代。").first { $0.term == "新时代" })
        #expect(!everyday.scoreParts.explanation.register.contains { $0.because == "core band" })
        let core = try #require(try ExtractionFixture.items("我们坚持中国特色社会主义。").first { $0.term == "中国特色社会主义" })
        #expect(core.scoreParts.explanation.register.contains { $0.because == "core band" })
    }

    @Test func aSpecialisedTermLosesAPointAndAHalf() throws {
        // 分会场 is a specialised (band 3) glossary term: the band takes 1.5 off its register score.
        let item = try #require(try ExtractionFixture.items("各省区市设分会场。").first { $0.term == "分会场" })
        #expect(item.scoreParts.explanation.register.contains { $0.because == "specialised band" && $0.value == -1.5 })
    }

    @Test func theRegistersBackboneLosesForEachTenfoldUsePastAThousand() throws {
        // register.tsv counts 新时代 4,416 times: log10(4.417) = 0.645 off. 分会场 (under a thousand) loses nothing.
        let backbone = try #require(try ExtractionFixture.items("我们进入了新时代。").first { $0.term == "新时代" })
        let penalty = try #require(backbone.scoreParts.explanation.register.first { $0.because == "the register's backbone" })
        #expect(abs(penalty.value + 0.645) < 0.001, "\(penalty)")
        let rare = try #require(try ExtractionFixture.items("各省区市设分会场。").first { $0.term == "分会场" })
        #expect(!rare.scoreParts.explanation.register.contains { $0.because == "the register's backbone" })
    }

    @Test func theExampleIsASentenceWhereTheUnitStandsOnItsOwn() throws {
        let text = "中欧班列开行数量增长，运输通道畅通。班列运行平稳有序。"
        let item = try #require(try ExtractionFixture.items(text).first { $0.term == "班列" })
        #expect(item.example == "班列运行平稳有序。")
    }

    @Test func aNewspapersHeadlineMakesItsUnitsSalientAWebCopysSentenceTitleDoesNot() throws {
        func headlineReason(_ text: String) throws -> Bool {
            let item = try #require(try ExtractionFixture.items(text).first { $0.term == "新质生产力" })
            return item.scoreParts.explanation.salience.contains { $0.because == "headline" }
        }
        #expect(try headlineReason("因地制宜发展新质生产力\n\n会议强调，要因地制宜发展新质生产力。\n"))
        let long = "习近平在参加江苏代表团审议时强调因地制宜发展新质生产力在推进中国式现代化中走在前做示范"
        #expect(try !headlineReason("\(long)\n央视网消息（新闻联播）：习近平强调，要因地制宜发展新质生产力。\n"))
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

@Suite struct FamilyAndPartsTests {
    @Test(arguments: [("中美关系", "关系"), ("美中关系", "关系"), ("两国人民", "人民"), ("中欧合作", "合作")])
    func aNameOfTwoCountriesTiesIsAsHardAsItsWord(name: String, word: String) throws {
        // jieba lists these names with its placeholder count (3), which would make them as rare as can be; the
        // pair of countries is read at sight, so the rarity is the word's. Checked by hand: 关系 is jieba's
        // rank 185 and 人民 rank 123, below rank 1,000 where rarity starts; 合作 is rank 584.
        #expect(BilateralNames.wordAfterPair(name, lexicon: ExtractionFixture.lexicon) == word)
        let item = try #require(try ExtractionFixture.items("双方表示，\(name)不断发展。").first { $0.term == name })
        #expect(item.scoreParts.rarity == 0)
    }

    @Test(arguments: ["中国人民", "中央政府", "中西部", "两岸关系"])
    func otherWordsAreNoPairOfCountries(term: String) {
        #expect(BilateralNames.wordAfterPair(term, lexicon: ExtractionFixture.lexicon) == nil)
    }

    @Test func aTermOfEverydayProseInThreeFreeWordsIsAsHardAsTheirHardest() {
        // 经济社会发展 (761 uses in the register corpus) reads as 经济 + 社会 + 发展; 区域协调发展 (118 uses)
        // names a strategy and stays whole.
        #expect(LearnerValue.twoWords("经济社会发展", lexicon: ExtractionFixture.lexicon) == ["经济", "社会", "发展"])
        #expect(LearnerValue.twoWords("区域协调发展", lexicon: ExtractionFixture.lexicon).isEmpty)
    }

    @Test func aSeriesOfUnitsIsAListNotACoinedSlogan() throws {
        let text = "中方提出全球发展倡议、全球安全倡议、全球文明倡议。要稳就业、稳金融、稳外贸。"
        let items = try ExtractionFixture.items(text)
        let list = try #require(items.first { $0.term == "全球发展倡议、全球安全倡议、全球文明倡议" })
        #expect(list.scoreParts.explanation.register.contains { $0.because == "list of units" })
        // 稳就业 and 稳外贸 are glossary units, but 稳金融 is not: the series is a coinage.
        let slogan = try #require(items.first { $0.term == "稳就业、稳金融、稳外贸" })
        #expect(slogan.scoreParts.explanation.register.contains { $0.because == "parallel slogan" })
    }

    @Test func officeHoldersNamedOneAfterAnotherAreNoSlogan() throws {
        // The shared title 省委书记 frames the clauses as a slogan's frame would; the series names people.
        let items = try ExtractionFixture.items("山西省委书记唐登杰、安徽省委书记韩俊、江西省委书记尹弘、河南省委书记楼阳生发言。")
        #expect(items.contains { $0.term == "省委书记" })
        #expect(!items.contains { $0.term.contains("韩俊") })
        let slogans = try ExtractionFixture.items("党员要说老实话、办老实事、做老实人。")
        #expect(slogans.contains { $0.term == "说老实话、办老实事、做老实人" })
    }

    @Test func aVerbBeforeAUnitIsListedOnTheUnitsCard() throws {
        let text = "坚决打赢脱贫攻坚战。脱贫攻坚战取得决定性进展。"
        let items = try ExtractionFixture.items(text)
        #expect(!items.contains { $0.term == "打赢脱贫攻坚战" })
        let unit = try #require(items.first { $0.term == "脱贫攻坚战" })
        #expect(unit.related.contains("打赢脱贫攻坚战"))
    }

    @Test func aNounPhraseEndingInAUnitKeepsItsCard() throws {
        // 脱贫 is a verb in jieba, but the glossary renders 脱贫攻坚战 as a noun (the battle against poverty).
        let items = try ExtractionFixture.items("打好脱贫攻坚战。攻坚战要一个一个打。")
        #expect(items.contains { $0.term == "脱贫攻坚战" })
    }
}

/// Reasons a score part gives, and their values, one row a rule: each sentence was written for the row.
@Suite struct ScoreReasonTests {
    enum Part { case register, rarity }

    static let cases: [(sentence: String, term: String, part: Part, reason: String, value: Double?)] = [
        // jieba ranks 全国人大常委会 1,233rd: by its count alone it would be worth 0.09. Its full name is learned
        // for its official English, so it is worth at least `organisationRarity`.
        ("全国人大常委会举行会议。", "全国人大常委会", .rarity, "an organisation's full name", LearnerValue.organisationRarity),
        // A short name (外交部, rank 1,182 in jieba: 0.07) keeps its rarity from its count.
        ("外交部发表声明。", "外交部", .rarity, "an organisation's full name", nil),
        // 秉持 is no glossary unit; CC-CEDICT's first sense is "to uphold". 福祉 ("well-being") is a noun.
        ("双方秉持互利原则。", "秉持", .register, "verb", LearnerValue.verbRegister),
        ("增进两国人民福祉。", "福祉", .register, "verb", nil),
        // A word the text lists starts below a quoted word.
        ("党和国家机构职能实现系统性、整体性重构。", "系统性", .register, "enumeration item", Classification.leastSureRegister),
        // A wording a pattern builds is named as a glossary formulation is.
        ("明年要坚持干字当头。", "干字当头", .register, "formulation pattern", Classification.patternRegister),
    ]

    /// `value` nil: the reason must not be given.
    @Test(arguments: cases)
    func reason(sentence: String, term: String, part: Part, reason: String, value: Double?) throws {
        let item = try #require(try ExtractionFixture.items(sentence).first { $0.term == term })
        let explanation = item.scoreParts.explanation
        let given = (part == .register ? explanation.register : explanation.rarity).first { $0.because == reason }
        #expect(given?.value == value, "\(explanation)")
    }
}
