import Foundation
import Testing
import TifaTestSupport

@Suite(.serialized) struct ReadCommandTests {
    static let seedPagePath = "seeds/000_b6c711f2e1649eac.txt"
    static let seedPage = URL(fileURLWithPath: SharedMaterial.path(seedPagePath) ?? "/nonexistent/\(seedPagePath)")

    @Test(SharedMaterial.needs(seedPagePath))
    func seedPageIsRepaired() throws {
        let result = try TifaProcess.run(["read", Self.seedPage.path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("行百里者半九十"))
        #expect(result.output.contains("新的时代内涵，"))
        #expect(result.output.contains("6月10日"))
        let rules = result.output.split(separator: "\n").filter { $0 == String(repeating: "─", count: 40) }
        #expect(rules.count == 1, "two articles, one rule between them")
    }

    @Test(SharedMaterial.needs(seedPagePath))
    func segmentCutsWordsAndKeepsUnitsWhole() throws {
        let result = try TifaProcess.run(["read", "--segment", "--sentences", Self.seedPage.path])
        #expect(result.status == 0, "\(result.error)")
        let lines = result.output.split(separator: "\n")
        #expect(lines.contains("行百里者半九十 。"))
        #expect(result.output.contains(" 人类命运共同体 "))
        #expect(result.output.contains("6月10日 ，"))
    }

    @Test func segmentReadsStandardInputLineByLine() throws {
        let result = try TifaProcess.run(["read", "--segment", "--keep-lines", "-"], input: "上海合作组织青岛峰会\n同舟共济，２０１８年６月１１日\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "上海合作组织 青岛峰会\n同舟共济 ， ２０１８年６月１１日\n")
    }

    @Test func keepLinesKeepsBlankLines() throws {
        // One output line per input line, a trailing blank line included, so gold files stay aligned.
        let result = try TifaProcess.run(["read", "--segment", "--keep-lines", "-"], input: "上海合作组织\n\n青岛峰会\n\n")
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "上海合作组织\n\n青岛峰会\n\n")
    }

    @Test func missingFileIsNamed() throws {
        let result = try TifaProcess.run(["read", "/nonexistent/article.txt"])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("tifa: '/nonexistent/article.txt' does not exist"))
    }
}
