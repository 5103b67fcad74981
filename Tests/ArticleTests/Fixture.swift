import Foundation
import Testing

@testable import Article

/// The test fixtures, copied into the test bundle as resources (see Fixtures/README.md for their sources).
enum Fixture {
    static let directory = Bundle.module.url(forResource: "Fixtures", withExtension: nil)!

    static func path(_ name: String) -> String { directory.appendingPathComponent(name).path }

    static func bytes(_ name: String) throws -> [UInt8] { [UInt8](try Data(contentsOf: directory.appendingPathComponent(name))) }

    static func document(_ name: String, options: ReadingOptions = ReadingOptions()) throws -> Document {
        try Document(contentsOfFile: path(name), options: options)
    }

    static let seedPage = "people-daily-2018-06-11.txt"
}

/// Reads text given inline, the way most rule tests state their case.
func read(_ text: String, keepLines: Bool = false) throws -> Document {
    try Document(text: text, name: "test.txt", options: ReadingOptions(lines: keepLines ? .keep : .repair))
}

/// The paragraphs of every article, in order.
func paragraphs(_ text: String, keepLines: Bool = false) throws -> [String] {
    try read(text, keepLines: keepLines).articles.flatMap(\.paragraphs).map(\.text)
}

extension Document {
    var allSentences: [Sentence] { articles.flatMap(\.sentences) }
    var allParagraphs: [String] { articles.flatMap(\.paragraphs).map(\.text) }
}

/// The original file's lines, to check what a `SourceLocation` points at.
func originalLines(_ text: String) -> [[Unicode.Scalar]] {
    text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
}

/// Hard-wraps paragraphs the way a newspaper column does: `width` characters a line, a paragraph's first
/// line two characters short (its indent, which PDF extraction drops).
func wrapped(_ paragraphs: [String], width: Int = 15, blankLines: Bool = true) -> String {
    paragraphs.map { paragraph in
        var lines: [String] = []
        var rest = Substring(paragraph)
        var lineWidth = width - 2
        while !rest.isEmpty {
            lines.append(String(rest.prefix(lineWidth)))
            rest = rest.dropFirst(lineWidth)
            lineWidth = width
        }
        return lines.joined(separator: "\n")
    }.joined(separator: blankLines ? "\n\n" : "\n")
}

/// Paragraphs of the 2018 Government Work Report, for wrapping.
let reportParagraphs = [
    "五年来，经济结构出现重大变革。消费贡献率由54.9%提高到58.8%，服务业比重从45.3%上升到51.6%，成为经济增长主动力。高技术制造业年均增长11.7%。",
    "五年来，创新驱动发展成果丰硕。全社会研发投入年均增长11%，规模跃居世界第二位。科技进步贡献率由52.2%提高到57.5%。",
    "过去五年取得的全方位、开创性成就，发生的深层次、根本性变革，将激励我们在新时代继续砥砺奋进。",
    "五年来，改革开放迈出重大步伐。改革全面发力、多点突破、纵深推进，重要领域和关键环节改革取得突破性进展。",
    "五年来，人民生活持续改善。脱贫攻坚取得决定性进展，贫困人口减少6800多万，贫困发生率由10.2%下降到3.1%。",
]
