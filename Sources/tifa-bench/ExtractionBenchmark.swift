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
        let gold = try GoldList(url: corpus.root.appendingPathComponent("eval/seed-gold.tsv"))
        let page = try Document(contentsOfFile: corpus.seedPage.path)
        let tifa = extractor.extract(from: [page], options: ExtractionOptions(top: 150)).map(\.term)
        print("Seed page (People's Daily 2018-06-11): \(gold.core.count) core and \(gold.entries.count - gold.core.count) ok items in the gold list")
        print(GoldScore(ranked: tifa, gold: gold, lexicon: lexicon).report(name: "tifa"))

        let repaired = page.articles.flatMap(\.sentences).map(\.text).joined(separator: "\n")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-seed.txt")
        try repaired.write(to: scratch, atomically: true, encoding: .utf8)
        if let keywords = try PythonBaselines().keywords(file: scratch, count: 150) {
            print(GoldScore(ranked: keywords, gold: gold, lexicon: lexicon).report(name: "jieba TF-IDF"))
        } else {
            print("jieba TF-IDF: skipped (\(PythonBaselines.setupHint))")
        }

        let report = corpus.root.appendingPathComponent("corpus/gov-work-reports/2018.raw.txt")
        var count = 0
        let seconds = try Stopwatch.median(runs: 5) {
            let document = try Document(contentsOfFile: report.path)
            count = extractor.extract(from: [document], options: ExtractionOptions(top: 0)).count
        }
        let characters = try String(contentsOf: report, encoding: .utf8).unicodeScalars.count
        print("2018 government work report, raw page text (\(characters) characters): read and extract \(Stopwatch.milliseconds(seconds)) (\(count) items), target < 1 s")
    }
}

/// `seed-gold.tsv`: term (alternatives separated by |), tier (core or ok), kind.
struct GoldList {
    struct Entry {
        var alternatives: [String]
        var isCore: Bool
    }

    var entries: [Entry] = []
    var core: [Entry] { entries.filter(\.isCore) }

    init(url: URL) throws {
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { continue }
            entries.append(Entry(alternatives: fields[0].split(separator: "|").map { Self.normal(String($0)) }, isCore: fields[1] == "core"))
        }
    }

    static func normal(_ term: String) -> String { term.replacingOccurrences(of: "、", with: "") }

    func entry(for term: String) -> Entry? {
        let term = Self.normal(term)
        return entries.first { $0.alternatives.contains(term) }
    }
}

/// Recall of core items in the top 150, precision of the top 50, and what else the top 50 holds.
struct GoldScore {
    var ranked: [String]
    var gold: GoldList
    var lexicon: Lexicon

    func report(name: String) -> String {
        let top150 = Set(ranked.prefix(150).map(GoldList.normal))
        let coreFound = gold.core.filter { $0.alternatives.contains(where: top150.contains) }
        let top50 = Array(ranked.prefix(50))
        let inGold = top50.filter { gold.entry(for: $0) != nil }
        let allGold = gold.entries.flatMap(\.alternatives)
        let fragments = top50.filter { term in
            gold.entry(for: term) == nil && allGold.contains { $0 != term && $0.contains(GoldList.normal(term)) }
        }
        let functionWords = top50.filter { term in
            term.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
                || ["u", "uj", "p", "c", "d", "r", "m", "q", "f", "y"].contains(lexicon.word(term)?.partOfSpeech ?? "")
        }
        return """
            \(name):
              recall of core in top 150: \(percent(coreFound.count, gold.core.count))  (\(coreFound.count)/\(gold.core.count))
              precision of top 50:       \(percent(inGold.count, top50.count))  (\(inGold.count)/\(top50.count))
              fragments in top 50:       \(fragments.count)\(fragments.isEmpty ? "" : "  " + fragments.joined(separator: " "))
              function words in top 50:  \(functionWords.count)\(functionWords.isEmpty ? "" : "  " + functionWords.joined(separator: " "))
              not in the gold list:      \(top50.filter { gold.entry(for: $0) == nil }.joined(separator: " "))
              core missed:               \(gold.core.filter { !$0.alternatives.contains(where: top150.contains) }.map { $0.alternatives[0] }.joined(separator: " "))
            """
    }

    private func percent(_ part: Int, _ whole: Int) -> String {
        String(format: "%.1f %%", 100 * Double(part) / Double(max(whole, 1)))
    }
}
