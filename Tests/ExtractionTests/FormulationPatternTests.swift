import Testing

@testable import Extraction

/// Formulations built on productive patterns, one table per pattern: the sentences are written for these tests.
@Suite struct FormulationPatternTests {
    static let seriesCases: [(sentence: String, series: String?)] = [
        // A shared first character.
        ("今年要稳就业、稳企业、稳市场、稳预期，推动经济持续向好。", "稳就业、稳企业、稳市场、稳预期"),
        ("双方在不结盟、不对抗、不针对第三方的基础上开展合作。", "不结盟、不对抗、不针对第三方"),
        // A shared last character, the first item trimmed to the length of the others.
        ("中国愿做和平力量、稳定力量、进步力量。", "和平力量、稳定力量、进步力量"),
        ("坚持市场化、法治化、国际化方向。", "市场化、法治化、国际化"),
        // The last item ends inside a word the segmenter began with the shared character (绿色|化发展), where
        // what follows it is a word.
        ("推动产业高端化、智能化、绿色化发展。", "高端化、智能化、绿色化"),
        // Items of one length that are phrases, not words.
        ("两国关系秉持相互尊重、和平共处、合作共赢的原则。", "相互尊重、和平共处、合作共赢"),
        ("要统筹降碳、减污、扩绿、增长。", "降碳、减污、扩绿、增长"),
        // Two items make a series only as a whole clause of one length.
        ("稳外贸、稳外资，扩大开放。", "稳外贸、稳外资"),
        // Lists of ordinary words are not formulations.
        ("会议讨论了政治、安全、经济、人文等议题。", nil),
        ("北京、天津、河北三地加强协同。", nil),
        ("北京市、天津市、上海市等地出台措施。", nil),
        ("工业、农业、服务业协调发展。", nil),
        // A three-character inner item does not make a list of words (橡胶、铁矿石、木炭) a formulation.
        ("进口橡胶、铁矿石、木炭等产品。", nil),
        // The last item is as long as the others unless a particle closes a longer one.
        ("要稳就业、稳企业、稳预期促发展。", "稳就业、稳企业、稳预期"),
        // Short same-length items may begin inside a word only where what they keep of it is a word (基础).
        ("经济基础稳、优势多、韧性强、潜能大。", "基础稳、优势多、韧性强、潜能大"),
        ("信息技术、新材料、新能源等产业。", nil),
        // Nor are lists of people (surname and given name, no word among them), whatever their lengths.
        ("刘俊臣、孟祥锋、姜信治、刘建波出席会议。", nil),
        ("丁薛祥、何立峰、张国清、刘国中出席。", nil),
        ("出席的有李强、赵乐际、王沪宁、丁薛祥、李希等。", nil),
        // A given name that jieba lists as a person's name is no word of a slogan (卫东 in 何卫东: nr).
        ("李干杰、何卫东、何立峰陪同参加活动。", nil),
        // A reporters' byline, whatever its names' characters (伟 and 斌 are words, and jieba lists 夏珺).
        ("本报记者董伟、胡斌、夏珺报道：今天的冰城欢歌笑语。", nil),
        // Two-character slogans whose items open with surnames stay slogans: 审, 办 and 督 are words.
        ("要做到严审、高办、强督。", "严审、高办、强督"),
        // Slogans that open with characters that are surnames too stay: words follow them, or a shared character.
        ("要坚持全覆盖、强监管、严执法，守住底线。", "全覆盖、强监管、严执法"),
        ("把握时与势、危与机、利与弊。", "时与势、危与机、利与弊"),
    ]

    @Test(arguments: seriesCases)
    func parallelSeries(sentence: String, series: String?) throws {
        let found = try ExtractionFixture.items(sentence).map(\.term).filter { $0.contains("、") }
        if let series {
            #expect(found.contains(series), "\(found)")
        } else {
            #expect(found.isEmpty, "\(found)")
        }
    }

    static let headedCases: [(sentence: String, unit: String, not: String)] = [
        // A community with a shared future, bilateral (中 and a one-character country) or regional.
        ("双方同意携手构建中柬命运共同体。", "中柬命运共同体", "构建中柬命运共同体"),
        ("共同打造亚太命运共同体。", "亚太命运共同体", "打造亚太命运共同体"),
        // A relationship label names a kind of tie: the pair of countries (中巴, 巴中) is not part of it.
        ("双方同意深化中巴全天候战略合作伙伴关系。", "全天候战略合作伙伴关系", "中巴全天候战略合作伙伴关系"),
        ("推动巴中全天候战略合作伙伴关系发展。", "全天候战略合作伙伴关系", "巴中全天候战略合作伙伴关系"),
        // 两国 is a pair too; the segmenter may cut it apart (两|国), and a lone 国 is no modifier of the label.
        ("为两国永久全面战略伙伴关系注入新动力。", "永久全面战略伙伴关系", "国永久全面战略伙伴关系"),
        // The pair after 的 (更加紧密的中塔…) is the community's, not a lone 塔.
        ("构建更加紧密的中塔命运共同体。", "中塔命运共同体", "塔命运共同体"),
        // The pair may name a country or a bloc the older lists lacked: 中海 is China and the GCC, not "within + ocean".
        ("建立并加强中海战略伙伴关系。", "战略伙伴关系", "中海战略伙伴关系"),
        // A relationship label with its modifiers.
        ("两国关系提升为全天候战略合作伙伴关系。", "全天候战略合作伙伴关系", "提升为全天候战略合作伙伴关系"),
        // A named initiative of two words or more, not 中国倡议.
        ("中方愿同各方落实全球治理倡议。", "全球治理倡议", "落实全球治理倡议"),
        // An X论 narrative.
        ("所谓中国威胁论毫无根据。", "中国威胁论", "所谓中国威胁论"),
        // A policy stance before 的.
        ("要实施更加积极的财政政策和适度宽松的货币政策。", "更加积极的财政政策", "实施更加积极的财政政策"),
        // 党的 and a congress.
        ("党的二十大和二十届三中全会作出部署。", "党的二十大", "党的二十大和二十届三中全会"),
        // 以来 dates from the congress; it makes no unit with it (the glossary had 党的十八大以来, which hid 党的十八大).
        ("党的十八大以来，我们统筹推进。", "党的十八大", "党的十八大以来"),
        // 中 after a word is a postposition, not China: 合作中 + 有.
        ("各国在合作中有伙伴关系。", "伙伴关系", "中有伙伴关系"),
    ]

    @Test(arguments: headedCases)
    func headedFormulation(sentence: String, unit: String, not clause: String) throws {
        let terms = try ExtractionFixture.items(sentence).map(\.term)
        #expect(terms.contains(unit), "\(terms)")
        #expect(!terms.contains(clause), "\(terms)")
    }

    static let frameCases: [(sentence: String, wording: String?)] = [
        // One character put first.
        ("明年要坚持干字当头，增强信心。", "干字当头"),
        ("拼字当头，抢抓机遇。", "拼字当头"),
        // A character in quotation marks is the quotation's unit, not the frame's.
        ("坚持“闯”字当头。", nil),
        // A principle that knows no distinction: a subject of two characters, then pairs of two, each a word.
        ("国家不分大小、强弱、贫富，都是国际社会的平等成员。", "国家不分大小、强弱、贫富"),
        ("友好不分先后，只要开启，就会有光明前景。", "友好不分先后"),
        // 不分 starting a longer word (不分摊) or with no word of two after it is no frame.
        ("各国不分摊费用。", nil),
    ]

    @Test(arguments: frameCases)
    func fixedFrame(sentence: String, wording: String?) throws {
        let terms = try ExtractionFixture.items(sentence).map(\.term)
        let framed = terms.filter { $0.contains("字当头") || $0.contains("不分") }
        #expect(framed == (wording.map { [$0] } ?? []), "\(terms)")
    }

    @Test func aFrameGlossesTheWordingNoDictionaryHas() throws {
        // 干字当头 is in no dictionary: its parts would gloss it "tree trunk + letter + …"; 稳字当头 is the glossary's.
        let items = try ExtractionFixture.items("明年要坚持干字当头。坚持稳字当头。")
        let framed = try #require(items.first { $0.term == "干字当头" })
        #expect(framed.glossSource == .frame && framed.gloss.hasPrefix("putting “干” first"), "\(framed.gloss)")
        let listed = try #require(items.first { $0.term == "稳字当头" })
        #expect(listed.glossSource == .glossary, "\(listed.gloss)")
    }

    @Test func aPairOfCountriesBeforeAUnitIsGlossedByTheCountries() throws {
        // Read from its parts, 中哈命运共同体 was "within + ha! + community…" and 中巴命运共同体 "minibus + …".
        let items = try ExtractionFixture.items("推动构建中哈命运共同体。携手构建中巴命运共同体。")
        let kazakhstan = try #require(items.first { $0.term == "中哈命运共同体" })
        #expect(kazakhstan.glossSource == .frame && kazakhstan.gloss == "China-Kazakhstan community with a shared future")
        // The pair is written as the names it stands for, as the glossary writes 中老 (Zhōng Lǎo).
        #expect(kazakhstan.pinyin == "Zhōng Hā mìngyùn gòngtóngtǐ")
        // 巴 stands for Pakistan and for Brazil: both are said.
        let pakistanOrBrazil = try #require(items.first { $0.term == "中巴命运共同体" })
        #expect(pakistanOrBrazil.gloss == "China-Pakistan or China-Brazil community with a shared future")
        #expect(pakistanOrBrazil.pinyin == "Zhōng Bā mìngyùn gòngtóngtǐ")
        #expect(try ExtractionFixture.lexicon.reportAsExtracted(for: "中巴命运共同体").pinyin == "Zhōng Bā mìngyùn gòngtóngtǐ")
    }

    @Test func aCongressNamedInFullTakesItsShortNamesRendering() throws {
        // 党的二十大 is in no dictionary; read from its parts it was "party + of; ~'s + the 20th National Congress".
        let items = try ExtractionFixture.items("党的二十大和二十届三中全会作出部署。")
        let congress = try #require(items.first { $0.term == "党的二十大" })
        #expect(congress.glossSource == .glossary && congress.gloss == "the 20th National Congress of the CPC", "\(congress.gloss)")
        #expect(congress.pinyin.hasPrefix("dǎng de ") && congress.traditional == "黨的二十大", "\(congress.pinyin) \(congress.traditional)")
    }

    @Test func lookUpReadsACongressNamedInFullAsExtractionDoes() throws {
        let report = try ExtractionFixture.lexicon.reportAsExtracted(for: "党的二十大")
        #expect(report.glossary?.english.first == "the 20th National Congress of the CPC" && report.composed == nil)
        #expect(report.word == "党的二十大" && report.pinyin.hasPrefix("dǎng de ") && report.traditional == "黨的二十大")
        // Any other word is reported as the lexicon reports it.
        #expect(try ExtractionFixture.lexicon.reportAsExtracted(for: "同舟共济") == ExtractionFixture.lexicon.report(for: "同舟共济"))
    }

    @Test(arguments: [
        ("第九个五年计划", "the 9th Five-Year Plan (1996–2000)"),
        ("中哈命运共同体", "China-Kazakhstan community with a shared future"),
        // Countries that newer ties name (中洪 since 2023; 中海: China and the Gulf Cooperation Council).
        ("中洪命运共同体", "China-Honduras community with a shared future"),
        ("十四届全国人大二次会议", "the second session of the 14th National People's Congress (NPC)"),
    ])
    func lookUpReadsAFramedWordingAsExtractionDoes(term: String, english: String) throws {
        let report = try ExtractionFixture.lexicon.reportAsExtracted(for: term)
        #expect(report.framed == english)
        #expect(try ExtractionFixture.items("\(term)。").first { $0.term == term }?.gloss == english)
    }

    @Test func anIdiomOrGlossaryUnitEndingInTheHeadIsNoNarrative() throws {
        // 相提并论 (an idiom) and 总体国家安全观 (a glossary formulation) are whole: nothing before them joins them.
        let terms = try ExtractionFixture.items("要把中国经济和美国经济相提并论。山东威海总体国家安全观教育基地。").map(\.term)
        #expect(!terms.contains("美国经济相提并论") && !terms.contains("山东威海总体国家安全观"), "\(terms)")
    }

    @Test func aGlossaryWordingWrittenWithEnumerationCommasIsFound() throws {
        let items = try ExtractionFixture.items("奋力推进强国建设、民族复兴伟业。")
        #expect(items.contains { $0.term == "强国建设、民族复兴伟业" && $0.glossSource == .glossary })
        // Its traditional form keeps the 、 the lookup key drops (it was 強國建設民族復興偉業).
        #expect(items.first { $0.term == "强国建设、民族复兴伟业" }?.traditional == "強國建設、民族復興偉業")
        // A 、 that ends one item and begins the next is no wording: 稳、就业.
        #expect(try !ExtractionFixture.items("要稳增长、稳、就业。").map(\.term).contains("稳、就业"))
    }

    @Test func aLongWordingTheGlossaryWritesWithoutCommasIsFoundWithThem() throws {
        // The glossary has 不忘初心牢记使命 and 碳达峰碳中和; texts set their halves apart with 、 as often.
        let items = try ExtractionFixture.items("要不忘初心、牢记使命，积极稳妥推进碳达峰、碳中和。")
        for wording in ["不忘初心、牢记使命", "碳达峰、碳中和"] {
            let item = try #require(items.first { $0.term == wording }, "\(items.map(\.term))")
            #expect(item.glossSource == .glossary)
        }
        // A short one stays two items of a list: 政治、安全 is not 政治安全.
        #expect(try !ExtractionFixture.items("维护国家政治、安全和发展利益。").map(\.term).contains("政治、安全"))
    }

    @Test func aLongEnumeratedWordingIsFoundAndTheUnitInsideItStays() throws {
        // The glossary's longest 、 wording starts 15 characters before its 、; the unit it holds, written with
        // its own 、, is still a card (it was taken for a fragment when the lexicon was asked for it with the 、).
        let terms = try ExtractionFixture.items("团结带领全国各族人民，以中国式现代化全面推进强国建设、民族复兴伟业。").map(\.term)
        #expect(terms.contains("以中国式现代化全面推进强国建设、民族复兴伟业"), "\(terms)")
        #expect(terms.contains("强国建设、民族复兴伟业"), "\(terms)")
    }

    @Test func enumeratedItemsSharingTheirFirstCharacterKeepIt() throws {
        // 大 / 农业 / 观 is cut so that the first item lacks the 大 its sibling 大食物观 has.
        let terms = try ExtractionFixture.items("坚持大农业观、大食物观，构建多元化食物供给体系。").map(\.term)
        #expect(terms.contains("大农业观") && !terms.contains("农业观"), "\(terms)")
    }

    @Test func setPhrasesJiebaMarksAreIdioms() throws {
        let item = try #require(try ExtractionFixture.items("我们要迎难而上，攻坚克难。").first { $0.term == "迎难而上" })
        #expect(item.kind == .idiom)
    }

    static let qualityCases: [(sentence: String, wording: String?)] = [
        // -化 qualities written without 、, with the glossary unit they qualify.
        ("加强市场化法治化国际化营商环境建设。", "市场化法治化国际化营商环境"),
        // Without a unit after them, the run alone.
        ("推进工作规范化标准化专业化。", "规范化标准化专业化"),
        ("推进队伍职业化专业化精细化建设。", "职业化专业化精细化"),
        // A quality the segmenter cut in two (绿色 / 化) is still one.
        ("推动产业高端化智能化绿色化。", "高端化智能化绿色化"),
        // Chains are stacked the same way; what follows them is what is done with them, not a unit they qualify.
        ("强化创新链产业链资金链人才链深度融合。", "创新链产业链资金链人才链"),
        // 强化 is a verb of one character and 化, no quality; one quality makes no run.
        ("强化现代化建设人才支撑。", nil),
        ("推进新型工业化。", nil),
    ]

    @Test(arguments: qualityCases)
    func qualitySeries(sentence: String, wording: String?) throws {
        let found = try ExtractionFixture.items(sentence).filter { $0.scoreParts.explanation.register.first?.because == "formulation pattern" }
            .map(\.term)
        if let wording {
            #expect(found.contains(wording), "\(found)")
        } else {
            #expect(found.isEmpty, "\(found)")
        }
    }
}
