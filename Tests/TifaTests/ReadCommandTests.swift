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

    @Test func keepLinesKeepsBlankLinesOfFilesStreamed() throws {
        // Files are streamed line by line: blank lines in the middle and at the end stay, CR LF is one break, and two
        // files are named and set apart as before.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("read-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.txt")
        let second = folder.appendingPathComponent("b.txt")
        try Data("上海合作组织\r\n\r\n\r\n青岛峰会\n  \n".utf8).write(to: first)
        try Data("同舟共济\n\n".utf8).write(to: second)

        let plain = try TifaProcess.run(["read", "--keep-lines", first.path])
        #expect(plain.output == "上海合作组织\n\n\n青岛峰会\n\n")
        let one = try TifaProcess.run(["read", "--segment", "--keep-lines", first.path])
        #expect(one.status == 0, "\(one.error)")
        #expect(one.output == "上海合作组织\n\n\n青岛峰会\n\n")
        let two = try TifaProcess.run(["read", "--segment", "--keep-lines", first.path, second.path])
        #expect(two.output == "==> \(first.path) <==\n上海合作组织\n\n\n青岛峰会\n\n\n==> \(second.path) <==\n同舟共济\n\n")
        // Nothing is printed when a later file cannot be read.
        let missing = try TifaProcess.run(["read", "--segment", "--keep-lines", first.path, folder.appendingPathComponent("c.txt").path])
        #expect(missing.status == 1)
        #expect(missing.output.isEmpty)
    }

    @Test func missingFileIsNamed() throws {
        let result = try TifaProcess.run(["read", "/nonexistent/article.txt"])
        #expect(result.status == 1)
        #expect(result.error.hasPrefix("tifa: '/nonexistent/article.txt' does not exist"))
    }
}
