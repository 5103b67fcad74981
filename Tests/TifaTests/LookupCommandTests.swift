import Foundation
import Testing

@Suite(.serialized) struct LookupCommandTests {
    @Test func printsTheFiveWordsOfTheIssue() throws {
        let result = try TifaProcess.run(["lookup", "行百里者半九十", "人类命运共同体", "同舟共济", "两个一百年", "上海精神"])
        #expect(result.status == 0, "\(result.error)")
        for expected in [
            "xíng bǎilǐ zhě bàn jiǔshí", "《战国策·秦策五》", "rénlèi mìngyùn gòngtóngtǐ",
            "community with a shared future", "同舟共濟", "tóngzhōu gòngjì", "cross a river in the same boat",
            "liǎnggè yībǎi nián", "centenary", "Shanghai Spirit", "diplomacy",
        ] {
            #expect(result.output.contains(expected), "missing \(expected)")
        }
    }

    @Test func aSeriesComposedFromItsPartsListsItsMarkWithoutASpace() throws {
        // The 、 of a series has no pinyin: its part was printed "、 " before the separator, a double space.
        let result = try TifaProcess.run(["lookup", "科教兴国、人才强国"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("kējiào xīngguó · 、 · 人才强国 réncái qiángguó"), "\(result.output)")
    }

    @Test func jsonIsAnArrayOfReports() throws {
        let result = try TifaProcess.run(["lookup", "--json", "同舟共济", "尽锐出战"])
        #expect(result.status == 0)
        let reports = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [[String: Any]])
        #expect(reports.count == 2)
        #expect(reports[0]["traditional"] as? String == "同舟共濟")
        #expect(reports[1]["pinyin"] as? String == "jìnruì chūzhàn")
    }

    @Test func notChineseIsAClearError() throws {
        let result = try TifaProcess.run(["lookup", "hello"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == "tifa: 'hello' has no Chinese characters; look up a word written in Chinese, e.g. tifa lookup 同舟共济\n")
    }

    @Test func missingDictionariesAreNamed() throws {
        let result = try TifaProcess.run(["lookup", "同舟共济"], environment: ["TIFA_DICTIONARIES": "/nonexistent/Dictionaries"])
        #expect(result.status == 1)
        #expect(result.error.contains("'/nonexistent/Dictionaries' lacks cedict_ts.u8"))
        #expect(!result.error.contains("Fatal error"))
    }

    @Test func noWordsIsAUsageError() throws {
        let result = try TifaProcess.run(["lookup"])
        #expect(result.status == 64)
        #expect(result.error.contains("give at least one word"))
    }
}
