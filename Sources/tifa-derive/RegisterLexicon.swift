import Extraction
import Foundation
import Lexicon

/// The register lexicon (`Dictionaries/register.tsv`): every unit of political and diplomatic Chinese that
/// Tifa's corpus attests, with the evidence the extractor ranks by — how often the register uses it, in how
/// many stories, how often general language does (jieba's counts), and how it was found.
///
/// Units are the segmenter's dictionary words (and glossary terms and idioms standing inside longer words),
/// and compounds no dictionary has, found by new-word discovery at corpus scale: a run of two to four words
/// that recurs, holds together (cohesion) and is free at both ends (boundary entropy), kept only when it
/// also stands on its own, not merely inside a longer compound (the C-value's nested-term correction).
struct RegisterLexicon {
    struct Unit {
        var count = 0
        /// The number of documents (news stories, reports) it occurs in: dispersion.
        var documents = 0
        var lastDocument = -1
        var isDiscovered = false
    }

    /// Words seen fewer times carry no evidence worth an entry.
    static let minimumCount = 3

    private(set) var units: [String: Unit] = [:]
    private(set) var characterCount = 0
    private(set) var discoveredCount = 0

    init(corpus: RegisterCorpus, lexicon: Lexicon) {
        let segmenter = Segmenter(lexicon: lexicon)
        var paragraphs: [[(text: String, isHan: Bool)]] = []
        var documentOfParagraph: [Int] = []
        for (number, document) in corpus.documents.enumerated() {
            for paragraph in document.paragraphs {
                characterCount += paragraph.unicodeScalars.count
                let words = segmenter.segment(paragraph).map { (text: String($0.text(in: paragraph)), isHan: $0.kind == .word) }
                paragraphs.append(words)
                documentOfParagraph.append(number)
                for word in words where word.isHan && word.text.unicodeScalars.count >= 2 {
                    note(word.text, in: number)
                    let scalars = Array(word.text.unicodeScalars)
                    for unit in lexicon.units(inside: word.text) {
                        note(String(scalars: scalars[unit.start..<unit.start + unit.length]), in: number)
                    }
                }
            }
        }
        let compounds = CompoundDiscovery(lexicon: lexicon, thresholds: .corpus).compounds(in: paragraphs)
        for compound in Self.standingAlone(compounds) {
            var unit = Unit(isDiscovered: true)
            for occurrence in compound.occurrences {
                unit.count += 1
                let document = documentOfParagraph[occurrence.sentence]
                if document != unit.lastDocument { unit.documents += 1 }
                unit.lastDocument = document
            }
            units[compound.text] = unit
            discoveredCount += 1
        }
    }

    private mutating func note(_ word: String, in document: Int) {
        var unit = units[word, default: Unit()]
        unit.count += 1
        if unit.lastDocument != document {
            unit.documents += 1
            unit.lastDocument = document
        }
        units[word] = unit
    }

    /// Compounds that occur on their own often enough, not only as part of a longer compound: a compound's
    /// independent count is its count less the mean count of the longer compounds it is nested in (C-value,
    /// Frantzi, Ananiadou & Mima 2000), and that must reach the corpus threshold.
    static func standingAlone(_ compounds: [CompoundDiscovery.Compound]) -> [CompoundDiscovery.Compound] {
        var containers: [[String]: [Int]] = [:]
        let known = Set(compounds.map(\.parts))
        for compound in compounds {
            let parts = compound.parts
            for length in 2..<max(parts.count, 2) {
                for start in 0...(parts.count - length) where known.contains(Array(parts[start..<start + length])) {
                    containers[Array(parts[start..<start + length]), default: []].append(compound.occurrences.count)
                }
            }
        }
        return compounds.filter { compound in
            guard let counts = containers[compound.parts] else { return true }
            let nested = Double(counts.reduce(0, +)) / Double(counts.count)
            return Double(compound.occurrences.count) - nested >= Double(CompoundDiscovery.Thresholds.corpus.minimumCount)
        }
    }

    /// The file: a header naming the corpus and the method, then one unit a line, most frequent first.
    func tsv(corpus: RegisterCorpus, lexicon: Lexicon) -> String {
        let kept = units.filter { $0.value.count >= Self.minimumCount }
            .sorted { ($0.value.count, $1.key) > ($1.value.count, $0.key) }
        var lines = [
            "# Tifa's register lexicon: units of political and diplomatic Chinese with their counts. Derived by",
            "# `swift run -c release tifa-derive register` from ../shared/corpus: \(corpus.description) (\(characterCount) characters):",
            "# the government work reports 2013-2025 but 2024 and the 19th and 20th CPC Congress reports (public domain:",
            "# official documents of state organs, PRC Copyright Law art. 5) and CCTV's evening news 2022-01 to 2024-02",
            "# (GitHub yuekcc/cctv_news f3f0776; only counts are kept, no text). March 2024 is held out for evaluation:",
            "# its news and the 2024 report, given on 5 March 2024.",
            "# Segmented by Tifa; units seen at least \(Self.minimumCount) times; \(discoveredCount) compounds found by new-word discovery",
            "# (count >= 10, cohesion >= 30, boundary entropy >= 2.5 bits, standing alone by C-value).",
            "# unit: the word or compound; count: occurrences in the corpus; documents: stories and reports it occurs in;",
            "# general: jieba's count in general text (0 when jieba lacks it); found: dictionary (a word of Tifa's",
            "# dictionaries, as segmented or inside a longer word) or discovered.",
            "# unit\tcount\tdocuments\tgeneral\tfound",
        ]
        for (text, unit) in kept {
            let general = lexicon.word(text)?.frequency ?? 0
            lines.append("\(text)\t\(unit.count)\t\(unit.documents)\t\(general)\t\(unit.isDiscovered ? "discovered" : "dictionary")")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
