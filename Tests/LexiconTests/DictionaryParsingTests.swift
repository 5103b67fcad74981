import Testing

@testable import Lexicon

@Suite struct DictionaryParsingTests {
    @Test func cedictLine() throws {
        let entry = try #require(
            CedictEntry(
                line:
                    "同舟共濟 同舟共济 [tong2 zhou1 gong4 ji4] /cross a river in the same boat (idiom); fig. having common interests/obliged to collaborate towards common goals/"
            ))
        #expect(entry.traditional == "同舟共濟")
        #expect(entry.simplified == "同舟共济")
        #expect(entry.pinyin == "tong2 zhou1 gong4 ji4")
        #expect(
            entry.senses == ["cross a river in the same boat (idiom); fig. having common interests", "obliged to collaborate towards common goals"])
        #expect(entry.isIdiom)
    }

    @Test func cedictLineWithSpacesInPinyin() throws {
        let entry = try #require(CedictEntry(line: "一會兒 一会儿 [yi1 hui4 r5] /a moment/a while/"))
        #expect(entry.pinyin == "yi1 hui4 r5")
        #expect(!entry.isIdiom)
    }

    @Test(
        "Lines without the entry shape are rejected",
        arguments: [
            "", "同舟共济", "同舟共濟 同舟共济 tong2 /x/", "同舟共濟 同舟共济 [tong2 zhou1 gong4 ji4]", "a b c [x] //",
        ])
    func cedictRejects(line: String) {
        #expect(CedictEntry(line: line[...]) == nil)
    }

    @Test func glossaryRow() throws {
        let row = "上合组织\tShang4 He2 zu3 zhi1\tSCO | Shanghai Cooperation Organisation\tdiplomacy\torganisation\t\t上海合作组织\t1"
        let entry = try GlossaryEntry(row: row[...])
        #expect(entry.term == "上合组织")
        #expect(entry.english == ["SCO", "Shanghai Cooperation Organisation"])
        #expect(entry.domain == .diplomacy)
        #expect(entry.kind == .organisation)
        #expect(entry.fullForm == "上海合作组织")
        #expect(entry.band == .core)
        #expect(entry.row == row)
    }

    @Test func glossaryRowErrors() {
        #expect(throws: GlossaryRowError.fieldCount(3)) { try GlossaryEntry(row: "a\tb\tc") }
        #expect(throws: GlossaryRowError.unknownDomain("sports")) {
            try GlossaryEntry(row: "体育\tti3 yu4\tsport\tsports\tterm\t\t\t2")
        }
        #expect(throws: GlossaryRowError.unknownKind("slogan")) {
            try GlossaryEntry(row: "体育\tti3 yu4\tsport\teconomy\tslogan\t\t\t2")
        }
        #expect(throws: GlossaryRowError.unknownBand("4")) {
            try GlossaryEntry(row: "体育\tti3 yu4\tsport\teconomy\tterm\t\t\t4")
        }
    }
}
