import Foundation
import Extraction
import Lexicon

/// Derives `Dictionaries/register.tsv`: how often each word occurs in the shared corpus of political text
/// (the State Council's government work reports 2013–2025 and the 19th and 20th CPC Congress reports,
/// public-domain official documents). Words are counted as Tifa segments them, and glossary terms and idioms
/// also where they stand inside a longer word. Words seen fewer than 3 times are left out. Then compounds no
/// dictionary has are found in the same corpus by new-word discovery (`CompoundDiscovery.corpus`: seen 10
/// times or more, cohesive, free at both ends) and counted too: the extractor takes a run of words that this
/// file counts but no dictionary lists for such a compound.
///
///     swift run -c release tifa-bench register-counts   # rewrites Dictionaries/register.tsv
enum RegisterCounts {
    static func run() throws {
        let corpus = try SharedCorpus.locate()
        let sources = try DictionarySources.locate()
        let lexicon = try Lexicon.load()
        let segmenter = Segmenter(lexicon: lexicon)
        let text = try corpus.politicalText(includingNews: false)
        var counts: [String: Int] = [:]
        var paragraphs: [[(text: String, isHan: Bool)]] = []
        for line in text.split(separator: "\n") {
            let paragraph = String(line)
            let tokens = segmenter.segment(paragraph)
            paragraphs.append(tokens.map { (String($0.text(in: paragraph)), $0.kind == .word) })
            for token in tokens where token.kind == .word {
                let word = String(token.text(in: paragraph))
                guard word.unicodeScalars.count >= 2 else { continue }
                counts[word, default: 0] += 1
                let scalars = Array(word.unicodeScalars)
                for unit in lexicon.units(inside: word) {
                    counts[String(String.UnicodeScalarView(scalars[unit.start..<unit.start + unit.length])), default: 0] += 1
                }
            }
        }
        let compounds = CompoundDiscovery(lexicon: lexicon, thresholds: .corpus).compounds(in: paragraphs)
        for compound in compounds { counts[compound.text] = compound.occurrences.count }
        let kept = counts.filter { $0.value >= 3 }.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        var lines = [
            "# Word counts in political text, for ranking vocabulary by register. Derived by `swift run -c release tifa-bench register-counts`",
            "# from ../shared/corpus: government work reports 2013-2025 and the 19th and 20th CPC Congress reports (public domain:",
            "# official documents of state organs, PRC Copyright Law art. 5), segmented by Tifa; words seen at least 3 times,",
            "# and compounds found there by new-word discovery (seen 10 times or more, cohesive, free at both ends).",
            "# word\tcount",
        ]
        lines += kept.map { "\($0.key)\t\($0.value)" }
        try (lines.joined(separator: "\n") + "\n").write(to: sources.url("register.tsv"), atomically: true, encoding: .utf8)
        print("wrote \(kept.count) words (\(compounds.count) found by discovery) counted in \(text.unicodeScalars.count) characters to \(sources.url("register.tsv").path)")
    }
}
