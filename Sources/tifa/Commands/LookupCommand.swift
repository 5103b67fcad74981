import ArgumentParser
import ConsoleText
import Extraction
import Foundation
import Lexicon

struct LookupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lookup",
        abstract: "Look up words, idioms and formulations in the shipped dictionaries.",
        discussion: """
            Shows simplified and traditional forms, pinyin, English (the glossary's official rendering first), \
            an idiom's classical source, HSK levels, frequency rank, and the glossary's domain and note. \
            A word no dictionary has is read from its longest known parts, marked as such.

            Examples:
              tifa lookup 同舟共济 人类命运共同体
              tifa lookup --json 两个一百年
            """)

    @Argument(help: "Words in Chinese characters.")
    var words: [String] = []

    @Flag(help: "Print JSON (an array, one object per word) for scripts.")
    var json = false

    func validate() throws {
        if words.isEmpty { throw ValidationError("give at least one word, e.g. tifa lookup 同舟共济") }
    }

    func run() throws {
        let lexicon = try loadLexicon()
        let reports = try words.map { try lexicon.reportAsExtracted(for: $0) }
        if json {
            print(try JSONOutput.string(reports))
        } else {
            let style = TerminalStyle.standardOutput
            print(reports.map { WordReportText(report: $0, style: style).text }.joined(separator: "\n"))
        }
    }
}
