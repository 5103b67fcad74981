import Testing

@testable import Article

/// Sentences: where they end, what they keep, and where they came from.
@Suite struct SentenceTests {
    func sentences(_ text: String) throws -> [String] { try read(text).allSentences.map(\.text) }

    @Test func endsSentencesAtTheirMarks() throws {
        #expect(try sentences("一要稳。二要进！三如何？四是；五是……六") == ["一要稳。", "二要进！", "三如何？", "四是；", "五是……", "六"])
    }

    @Test func keepsClosingMarksWithTheSentenceTheyClose() throws {
        #expect(try sentences("他说：“要坚持。”大家鼓掌。") == ["他说：“要坚持。”", "大家鼓掌。"])
        #expect(try sentences("（注：见上文。）下一句。") == ["（注：见上文。）", "下一句。"])
        #expect(try sentences("一是突出了“上海精神”。“上海精神”就是20个字。") == ["一是突出了“上海精神”。", "“上海精神”就是20个字。"])
    }

    @Test func doesNotCutAQuotationThatClosesLater() throws {
        #expect(try sentences("他说：“我们要坚持。我们要努力。”大家鼓掌。") == ["他说：“我们要坚持。我们要努力。”", "大家鼓掌。"])
        #expect(try sentences("《论持久战。》一文。") == ["《论持久战。》一文。"])
    }

    @Test func anUnclosedQuotationDoesNotSwallowTheParagraph() throws {
        #expect(try sentences("他指出：“要坚持。要努力。要奋斗。") == ["他指出：“要坚持。", "要努力。", "要奋斗。"])
    }

    @Test func aDecimalPointIsNoSentenceEnd() throws {
        #expect(try sentences("增长６．５％左右。居民消费价格涨幅３％左右。") == ["增长６．５％左右。", "居民消费价格涨幅３％左右。"])
    }

    @Test func neverStartsWithAClosingMarkEvenAfterStrayOnes() throws {
        let found = try sentences("好。”）》坏。』」还有。")
        #expect(found == ["好。”）》", "坏。』」", "还有。"])
    }

    @Test func pointsAtTheOriginalLineAndColumnAcrossJoinedLines() throws {
        let text =
            "习近平指出， 打赢脱贫攻坚战，对\n全面建成小康社会、实现“两个一百年”\n奋斗目标具有十分重要的意义。 行百里\n者半九十。 各级党委和政府要把打赢脱\n贫攻坚战作为重大政治任务，强化中央\n统筹、省负总责、市县抓落实的管理体\n制，强化党政一把手负总责的领导责任\n制，明确责任、尽锐出战、狠抓实效。\n"
        let found = try read(text).allSentences
        #expect(
            found.map(\.text) == [
                "习近平指出，打赢脱贫攻坚战，对全面建成小康社会、实现“两个一百年”奋斗目标具有十分重要的意义。",
                "行百里者半九十。",
                "各级党委和政府要把打赢脱贫攻坚战作为重大政治任务，强化中央统筹、省负总责、市县抓落实的管理体制，强化党政一把手负总责的领导责任制，明确责任、尽锐出战、狠抓实效。",
            ])
        #expect(found.map(\.location.line) == [1, 3, 4])
        #expect(found.map(\.location.column) == [1, 16, 7])
    }

    @Test func countsColumnsAfterCRLFAndTabs() throws {
        let found = try read("第一句。\r\n\t第二句。第三句。\r\n").allSentences
        #expect(found.map(\.location.line) == [1, 2, 2])
        #expect(found.map(\.location.column) == [1, 2, 6])
    }
}
