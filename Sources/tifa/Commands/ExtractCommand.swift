import ArgumentParser
import Article
import Extraction
import Foundation
import Lexicon

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Find the vocabulary worth learning in articles: formulations, idioms, sayings, terms, organisations.",
        discussion: """
            Reads the articles (repairing PDF text as `tifa read` does), and lists the units a learner of \
            political and diplomatic Chinese would want from them, best first: each with pinyin, English, \
            kind, and the sentence it appeared in. Words at or below --skip-hsk are taken as known.

            Examples:
              tifa extract page.txt
              tifa extract --top 0 --format json page.txt > cards.json
              tifa extract --explain --kinds idiom,saying page.txt
            """)

    @Argument(help: "Article files (.txt or .html); none or - reads standard input.")
    var files: [String] = []

    @Option(help: "How many items to show, best first; 0 for all.")
    var top = 50

    @Option(help: "Output: table (for reading), json (an array for scripts) or tsv.")
    var format: ExtractionFormat = .table

    @Flag(help: "Show how each score was made: register + rarity + salience.")
    var explain = false

    @Option(help: "Only these kinds, comma-separated: \(VocabularyKind.allCases.map(\.rawValue).joined(separator: ", ")).")
    var kinds: String?

    @Option(name: .customLong("skip-hsk"), help: "Take words of HSK 2.0 levels 1 to N as known (0 keeps them all).")
    var skipHSK = 4

    @Flag(help: "Include personal and place names.")
    var names = false

    @Option(help: "The files' encoding: auto (UTF-8, else GB18030), utf8 or gb18030.")
    var encoding: EncodingChoice = .auto

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 (all) or more, not \(top)") }
        if !(0...6).contains(skipHSK) { throw ValidationError("--skip-hsk takes an HSK level from 0 to 6, not \(skipHSK)") }
        _ = try parsedKinds()
    }

    private func parsedKinds() throws -> Set<VocabularyKind> {
        guard let kinds else { return [] }
        return Set(try kinds.split(separator: ",").map { name in
            guard let kind = VocabularyKind(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw ValidationError("unknown kind '\(name)'; use \(VocabularyKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return kind
        })
    }

    func run() throws {
        let documents = try readDocuments(files, options: ReadingOptions(encoding: encoding))
        let extractor = Extractor(lexicon: try loadLexicon())
        let options = ExtractionOptions(top: top, skipHSKLevel: skipHSK, kinds: try parsedKinds(), names: names)
        let items = extractor.extract(from: documents, options: options)
        switch format {
        case .json: print(try JSONOutput.string(items))
        case .tsv: print(ExtractionTSV.text(items), terminator: "")
        case .table: print(ExtractionTable(items: items, explain: explain, style: .standardOutput).text)
        }
    }
}

enum ExtractionFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, tsv
}
