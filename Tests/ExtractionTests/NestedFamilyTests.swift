import Testing

@testable import Extraction

@Suite struct NestedFamilyTests {
    @Test func aPartMetOnlyInsideItsUnitIsListedAsRelated() throws {
        let items = try ExtractionFixture.items("两国建立全面战略合作伙伴关系。双方发表关于全面战略合作伙伴关系的联合声明。")
        let terms = items.map(\.term)
        #expect(!terms.contains("伙伴关系") && !terms.contains("战略合作伙伴关系"), "\(terms)")
        let unit = try #require(items.first { $0.term == "全面战略合作伙伴关系" })
        #expect(unit.related.contains("战略合作伙伴关系"), "\(unit.related)")
    }

    @Test func aPartThatStandsOnItsOwnKeepsItsCard() throws {
        let terms = try ExtractionFixture.items("两国建立全面战略合作伙伴关系。伙伴关系不针对第三方。").map(\.term)
        #expect(terms.contains("伙伴关系") && terms.contains("全面战略合作伙伴关系"), "\(terms)")
    }

    @Test func aCoreUnitKeepsItsCardInsideALongerOne() throws {
        let terms = try ExtractionFixture.items("坚持以习近平新时代中国特色社会主义思想为指导。").map(\.term)
        #expect(terms.contains("中国特色社会主义"), "\(terms)")
    }

    @Test func aGlossaryUnitKeepsItsCardInsideAWordingReadFromItsParts() throws {
        // 大力提振消费 is in the glossary as band 3 (read from its parts); 提振消费 is the unit learned.
        let terms = try ExtractionFixture.items("要大力提振消费，扩大有效投资。").map(\.term)
        #expect(terms.contains("提振消费"), "\(terms)")
    }

    @Test func aGlossaryUnitKeepsItsCardInsideACompoundDiscoveryFound() throws {
        // 欧盟国家 is a compound the register's discovery found, with no English but its parts'. (多党合作事业 was the
        // example until the glossary's translators' judgement that it reads from its parts made it no card.)
        let items = try ExtractionFixture.items("欧盟国家普遍欢迎。多数欧盟国家支持合作。")
        let compound = try #require(items.first { $0.term == "欧盟国家" })
        #expect(compound.scoreParts.explanation.register.first?.because == "discovered compound")
        #expect(items.contains { $0.term == "欧盟" } && !compound.related.contains("欧盟"), "\(items.map(\.term))")
    }

    @Test func aUnitKeepsItsCardAfterAVerbThatActsOnIt() throws {
        // 共建一带一路 is a glossary term: 共建 (a verb) + 一带一路, the unit learned.
        let terms = try ExtractionFixture.items("推动共建一带一路高质量发展。").map(\.term)
        #expect(terms.contains("一带一路"), "\(terms)")
    }

    @Test(arguments: ["全面实施市场准入负面清单制度。", "推动退税减税降费政策落地。"])
    func aNounJiebaTagsAsAVerbMakesNoVerbPhrase(sentence: String) throws {
        // jieba tags 准入 ("market access") and 退税 ("tax rebate") v, though no dictionary renders them as verbs:
        // 市场准入负面清单 and 退税减税降费 are names, not a verb acting on 负面清单 or 减税降费, and keep their cards.
        let terms = try ExtractionFixture.items(sentence).map(\.term)
        #expect(terms.contains("市场准入负面清单") || terms.contains("退税减税降费"), "\(terms)")
    }

    @Test func aVerbBeforeAGlossaryUnitRanksBelowTheUnit() throws {
        // 倡导平等有序的世界多极化 ("to advocate …") is a glossary formulation holding 平等有序的世界多极化.
        #expect(LearnerValue.unitAfterVerb("倡导平等有序的世界多极化", lexicon: ExtractionFixture.lexicon) == "平等有序的世界多极化")
        // 全方位 + 扩大国内需求: the unit is itself a verb phrase, and the wording no verb put before it.
        #expect(LearnerValue.unitAfterVerb("全方位扩大国内需求", lexicon: ExtractionFixture.lexicon) == nil)
        let terms = try ExtractionFixture.items("双方倡导平等有序的世界多极化。").map(\.term)
        let unit = try #require(terms.firstIndex(of: "平等有序的世界多极化"), "\(terms)")
        #expect(terms.firstIndex(of: "倡导平等有序的世界多极化").map { unit < $0 } ?? true, "\(terms)")
    }

    @Test func aUnitInsideAVerbPhraseStandsOnItsOwn() throws {
        // 完整、准确、全面贯彻新发展理念 acts on 新发展理念: the unit is not "only inside a fixed expression".
        let items = try ExtractionFixture.items("要完整准确全面贯彻新发展理念。")
        let unit = try #require(items.first { $0.term == "新发展理念" })
        #expect(!unit.scoreParts.explanation.salience.contains { $0.because.contains("fixed expression") })
    }

    @Test func aGlossarySetPhraseKeepsItsCardInsideALongerTerm() throws {
        // 变乱交织 (a glossary idiom) inside 变乱交织的世界 (a glossary term).
        let terms = try ExtractionFixture.items("面对变乱交织的世界，中方将坚定维护和平。").map(\.term)
        #expect(terms.contains("变乱交织"), "\(terms)")
    }

    @Test func aFamilyWaitsBehindTheRestOfTheTopTwenty() throws {
        let text = "打赢脱贫攻坚战。脱贫攻坚战进入决胜阶段。脱贫攻坚任务艰巨。攻坚战要打好。各地推进脱贫攻坚。"
        let terms = try ExtractionFixture.items(text).map(\.term)
        let family = terms.filter { $0.contains("攻坚") || $0 == "脱贫" }
        let head = try #require(family.first)
        let first = try #require(terms.firstIndex(of: head))
        // After the family's first card come the cards of other units, then the rest of the family.
        let others = terms.indices.filter { $0 > first && !terms[$0].contains(head) && !head.contains(terms[$0]) }
        let rest = family.dropFirst().filter { $0.contains(head) || head.contains($0) }.compactMap { terms.firstIndex(of: $0) }
        #expect(rest.allSatisfy { index in others.allSatisfy { $0 < index } }, "\(terms)")
    }
}
