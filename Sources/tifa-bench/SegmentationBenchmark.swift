import Foundation
import Lexicon

/// Segmentation quality on the SIGHAN 2005 PKU test set and speed on real political text, for Tifa and,
/// in the same run on the same input, jieba 0.42.1 and rjieba 0.2.2 (when the baseline venv exists).
enum SegmentationBenchmark {
    static func run() throws {
        let lexicon = try Lexicon.load()
        let segmenter = Segmenter(lexicon: lexicon)
        let corpus = try SharedCorpus.locate()
        let baselines = PythonBaselines()

        let test = try String(contentsOf: corpus.pkuTest, encoding: .utf8)
        let gold = try String(contentsOf: corpus.pkuGold, encoding: .utf8)
        let goldLines = SegmentationScore.lines(gold)
        let testLines = SegmentationScore.lines(test)
        let tifaWords = testLines.map { segmenter.words($0) }
        let tifaScore = SegmentationScore(predicted: tifaWords, gold: goldLines.map { $0.split(separator: " ").map(String.init) })
        print("PKU F1 (SIGHAN 2005 test, \(testLines.count) lines)")
        print("  tifa    \(tifaScore)")
        for tool in ["jieba"] {
            if let words = try baselines.segmentLines(tool: tool, file: corpus.pkuTest) {
                let score = SegmentationScore(predicted: words, gold: goldLines.map { $0.split(separator: " ").map(String.init) })
                print("  \(tool.padding(toLength: 7, withPad: " ", startingAt: 0)) \(score)")
            }
        }

        let text = try corpus.politicalText()
        let characters = Double(text.unicodeScalars.count)
        var tokens = 0
        let tifaTime = Stopwatch.median(runs: 5) { tokens = segmenter.segment(text).count }
        print("Speed on \(Int(characters)) characters of government work reports and congress reports, one thread")
        print("  tifa    \(Stopwatch.rate(characters / 1e6, tifaTime, unit: "M chars")) (\(tokens) tokens)")
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-bench-corpus.txt")
        try text.write(to: scratch, atomically: true, encoding: .utf8)
        for tool in ["jieba", "rjieba"] {
            if let seconds = try baselines.time(tool: tool, file: scratch) {
                print("  \(tool.padding(toLength: 7, withPad: " ", startingAt: 0)) \(Stopwatch.rate(characters / 1e6, seconds, unit: "M chars"))")
            }
        }
        if !baselines.available { print("  (jieba and rjieba skipped: \(PythonBaselines.setupHint))") }
    }
}
