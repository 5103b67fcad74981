import Article
import Extraction
import Foundation
import Lexicon

/// The extractor measured against `../shared/eval/seed-gold.tsv`, next to jieba's TF-IDF keywords on the same
/// repaired text, and its speed end to end on a government work report.
enum ExtractionBenchmark {
    static func run() throws {
        let corpus = try SharedCorpus.locate()
        let lexicon = try Lexicon.load()
        let extractor = Extractor(lexicon: lexicon)
        for text in try EvaluationText.all(corpus) {
            let gold = GoldStandard(tsv: try String(contentsOf: text.gold, encoding: .utf8))
            let page = try Document(text: text.text, name: text.name)
            let tifa = extractor.extract(from: [page], options: ExtractionOptions(top: 150))
            print("\(text.name): \(gold.core.count) core and \(gold.entries.count - gold.core.count) ok items in the gold list")
            print(report(gold.score(tifa), name: "tifa", lexicon: lexicon, lists: !text.isBlind))
            let repaired = page.articles.flatMap(\.sentences).map(\.text).joined(separator: "\n")
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-eval.txt")
            try repaired.write(to: scratch, atomically: true, encoding: .utf8)
            if let keywords = try PythonBaselines().keywords(file: scratch, count: 150) {
                print(report(gold.score(terms: keywords), name: "jieba TF-IDF", lexicon: lexicon, lists: !text.isBlind))
            } else {
                print("jieba TF-IDF: skipped (\(PythonBaselines.setupHint))")
            }
        }

        let reportFile = corpus.root.appendingPathComponent("corpus/gov-work-reports/2018.raw.txt")
        var count = 0
        let seconds = try Stopwatch.median(runs: 5) {
            let document = try Document(contentsOfFile: reportFile.path)
            count = extractor.extract(from: [document], options: ExtractionOptions(top: 0)).count
        }
        let characters = try String(contentsOf: reportFile, encoding: .utf8).unicodeScalars.count
        print(
            "2018 government work report, raw page text (\(characters) characters): read and extract \(Stopwatch.milliseconds(seconds)) (\(count) items), target < 1 s"
        )
    }

    /// `lists`: the terms behind the figures; a blind text's (`# blind` in its gold list) are not printed, so
    /// that a developer reading the figures does not learn its list.
    static func report(_ score: GoldStandard.Score, name: String, lexicon: Lexicon, lists: Bool = true) -> String {
        let functionWords = score.notInGold.filter { term in
            term.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
                || ["u", "uj", "p", "c", "d", "r", "m", "q", "f", "y"].contains(lexicon.word(term)?.partOfSpeech ?? "")
        }
        // A count, and the terms behind it where they may be printed.
        func counted(_ terms: [String]) -> String { "\(terms.count)" + (lists && !terms.isEmpty ? "  " + terms.joined(separator: " ") : "") }
        let figures = """
              \(name):
                recall of core in top 150: \(percent(score.recall))  (\(score.coreFound.count)/\(score.coreCount))
                precision of top 50:       \(percent(score.precision))  (\(score.inGold.count)/\(score.top50Count))
                fragments in top 50:       \(counted(score.fragments))
                function words in top 50:  \(counted(functionWords))
                nested pairs in top 20:    \(counted(score.nestedPairs))
                composed glosses in top 50: \(counted(score.composed))
            """
        guard lists else { return figures + "\n    (a blind text: its terms are not printed)" }
        return figures + "\n    not in the gold list:      \(score.notInGold.joined(separator: " "))"
            + "\n    core missed:               \(score.coreMissed.joined(separator: " "))"
    }

    private static func percent(_ value: Double) -> String { String(format: "%.1f %%", 100 * value) }
}

/// The texts the extractor is evaluated on: the seed page and the Central Economic Work Conference communiqué
/// of December 2024 in `../shared/eval`, and held-out stories of March 2024 from the evening-news corpus (kept
/// out of the register lexicon; their gold lists, annotated blind, are in `Tests/ExtractionEval`; the text is
/// read from `../shared`, never shipped).
struct EvaluationText {
    var name: String
    var text: String
    var gold: URL
    /// A text kept blind (`# blind` in its gold list): its figures are printed, never its terms.
    var isBlind = false

    static func all(_ corpus: SharedCorpus) throws -> [EvaluationText] {
        let eval = corpus.root.appendingPathComponent("eval")
        var texts = [
            EvaluationText(
                name: "seed page (People's Daily 2018-06-11)", text: try String(contentsOf: corpus.seedPage, encoding: .utf8),
                gold: eval.appendingPathComponent("seed-gold.tsv")),
            EvaluationText(
                name: "dev: CEWC communiqué 2024-12-12",
                text: try String(contentsOf: eval.appendingPathComponent("dev-cewc-2024-12-12.txt"), encoding: .utf8),
                gold: eval.appendingPathComponent("dev-cewc-2024-12-12.gold.tsv")),
        ]
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Tests/ExtractionEval")
        for list in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where list.hasSuffix(".gold.tsv") {
            let gold = folder.appendingPathComponent(list)
            let isBlind = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n").contains { $0.hasPrefix("# blind") }
            texts.append(
                EvaluationText(
                    name: "held out: \(list.replacingOccurrences(of: ".gold.tsv", with: ""))",
                    text: try HeldOutStories.text(for: gold, corpus: corpus), gold: gold, isBlind: isBlind))
        }
        return texts
    }
}
