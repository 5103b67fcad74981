import Testing

@testable import Extraction

@Suite struct NumberedSessionTests {
    static let cases: [(sentence: String, name: String?, english: String?)] = [
        // Term first, as the NPC's sessions are written.
        ("十四届全国人大二次会议在京闭幕。", "十四届全国人大二次会议", "the second session of the 14th National People's Congress (NPC)"),
        // The body first, as the CPPCC's are.
        ("全国政协十四届二次会议开幕。", "全国政协十四届二次会议", "the second session of the 14th CPPCC National Committee"),
        // With 第 and the longest body at its place (全国人大常委会, not 全国人大).
        (
            "十四届全国人大常委会第八次会议在京举行。", "十四届全国人大常委会第八次会议",
            "the eighth session of the 14th Standing Committee of the National People's Congress (NPC Standing Committee)"
        ),
        ("第十四届全国人民代表大会第二次会议审议通过。", "第十四届全国人民代表大会第二次会议", "the second session of the 14th National People's Congress (NPC)"),
        // A commission numbers plenary sessions.
        (
            "第二十届中央纪律检查委员会第三次全体会议在京举行。", "第二十届中央纪律检查委员会第三次全体会议",
            "the third plenary session of the 20th Central Commission for Discipline Inspection (CCDI)"
        ),
        // The Central Committee's plenums, whose body goes unsaid, and a commission's plenum said short.
        ("二十届三中全会对进一步全面深化改革作出部署。", "二十届三中全会", "the third plenary session of the 20th CPC Central Committee"),
        ("党的十九届六中全会审议通过了决议。", "十九届六中全会", "the sixth plenary session of the 19th CPC Central Committee"),
        (
            "二十届中央纪委三次全会在京举行。", "二十届中央纪委三次全会",
            "the third plenary session of the 20th Central Commission for Discipline Inspection (CCDI)"
        ),
        // A term with no session, or a session of no body the glossary names, is no name.
        ("十四届全国人大代表陆续抵京。", nil, nil),
        ("学校十四届二次会议召开。", nil, nil),
    ]

    @Test(arguments: cases)
    func aNumberedSessionIsOneNameWithItsEnglish(sentence: String, name: String?, english: String?) throws {
        let sessions = try ExtractionFixture.items(sentence).filter { $0.scoreParts.explanation.register.first?.because == "numbered session" }
        guard let name, let english else {
            #expect(sessions.isEmpty, "\(sessions.map(\.term))")
            return
        }
        let session = try #require(sessions.first { $0.term == name }, "\(sessions.map(\.term))")
        #expect(session.kind == .organisation && session.glossSource == .frame)
        #expect(session.gloss == english, "\(session.gloss)")
    }

    @Test func plenumsListedWithTheirWordSaidOnceAreEachAName() throws {
        let items = try ExtractionFixture.items("要深入学习贯彻党的二十大和二十届二中、三中全会精神。")
        let names = items.filter { $0.glossSource == .frame }.map(\.term).sorted()
        #expect(names == ["二十届三中全会", "二十届二中全会"], "\(items.map(\.term))")
        #expect(items.first { $0.term == "二十届三中全会" }?.gloss == "the third plenary session of the 20th CPC Central Committee")
        // 三中全会 stands only inside the list: it is related, not a card of its own; 十届 inside 二十届 is no term.
        #expect(!items.contains { $0.term == "三中全会" || $0.term.hasPrefix("十届") }, "\(items.map(\.term))")
    }

    @Test func oneSessionWrittenTwoWaysIsOneCard() throws {
        let items = try ExtractionFixture.items("十四届全国人大二次会议在京开幕。第十四届全国人民代表大会第二次会议听取政府工作报告。十四届全国人大二次会议闭幕。")
        let sessions = items.filter { $0.scoreParts.explanation.register.first?.because == "numbered session" }
        #expect(sessions.map(\.term) == ["十四届全国人大二次会议"], "\(sessions.map(\.term))")
        #expect(sessions.first?.related.contains("第十四届全国人民代表大会第二次会议") == true)
    }

    @Test(arguments: [("八", 8), ("十", 10), ("十四", 14), ("二十", 20), ("二十一", 21), ("一百零三", 103)])
    func chineseNumeralsAreRead(digits: String, number: Int) {
        #expect(NumberedSessions.number(ArraySlice(digits.unicodeScalars)) == number)
    }

    @Test(arguments: [(1, "1st"), (2, "2nd"), (3, "3rd"), (11, "11th"), (14, "14th"), (21, "21st"), (112, "112th")])
    func ordinalsAreWrittenAsEnglishWritesThem(number: Int, ordinal: String) {
        #expect(NumberedSessions.numericOrdinal(number) == ordinal)
    }
}
