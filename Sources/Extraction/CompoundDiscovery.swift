import Foundation
import Lexicon

/// New-word discovery: compounds no dictionary lists (增量政策, 结构性矛盾, 高校毕业生), found from how a run of
/// two to four words behaves in a text. A compound recurs, holds together more than chance would make its
/// parts meet (cohesion), and is free at both ends: the words around it vary, where a fragment of a longer
/// unit always has the same neighbour (boundary entropy). Runs are noun phrases of content words: a verb,
/// adverb or particle in them makes a clause, not a term. Formulas are the ones summarised in
/// `../shared/reference/extraction.md`.
public struct CompoundDiscovery {
    public struct Thresholds: Sendable {
        public var minimumCount: Int
        /// The least `P(w) / (P(a)·P(b))` over the compound's splits into two runs of words.
        public var minimumCohesion: Double
        /// The least of the entropies (bits) of the words seen just left and just right of it.
        public var minimumFreedom: Double

        /// For one article: a compound seen twice in varied company (two occurrences give at most 1 bit).
        public static let article = Thresholds(minimumCount: 2, minimumCohesion: 30, minimumFreedom: 0.9)
        /// For a corpus of some hundred thousand words: the thresholds of public implementations (count 10,
        /// cohesion 30), with the entropy floor lowered from 3 to 2.5 since runs of words have fewer distinct
        /// neighbours than runs of characters.
        public static let corpus = Thresholds(minimumCount: 10, minimumCohesion: 30, minimumFreedom: 2.5)
    }

    /// One run of words found to be a compound, with its parts and every place it occurs.
    public struct Compound: Equatable, Sendable {
        public var text: String
        public var parts: [String]
        /// (sentence, index of its first word) of each occurrence.
        public var occurrences: [Occurrence]

        public struct Occurrence: Equatable, Sendable {
            public var sentence: Int
            public var firstWord: Int
        }
    }

    static let lengths = 2...4
    static let characters = 3...8
    /// jieba's tags for nouns (common, verbal, proper, organisation, abbreviation, adjectival, bound, place),
    /// the only heads a compound term takes. A transliterated name (nrt: 拜登, 瑙鲁) with a title is a person's
    /// or an office's name, not a term.
    static let nounTags: Set<String> = ["n", "vn", "nz", "nt", "j", "an", "ng", "ns"]
    /// What may stand before the head: nouns, adjectives, distinguishing words, locatives, places.
    static let modifierTags: Set<String> = nounTags.union(["a", "b", "f", "s"])

    let lexicon: Lexicon
    let thresholds: Thresholds

    public init(lexicon: Lexicon, thresholds: Thresholds) {
        self.lexicon = lexicon
        self.thresholds = thresholds
    }

    /// The compounds of a text given as sentences of words (punctuation and numbers included, as tokens
    /// that are not Chinese words: `isHan` false).
    /// `attested` says which compounds are known from elsewhere (found in Tifa's corpus): those need no
    /// statistics from this text, one occurrence is enough.
    public func compounds(in sentences: [[(text: String, isHan: Bool)]], attested: (String) -> Bool = { _ in false }) -> [Compound] {
        compounds(in: NumberedWords(sentences), attested: attested)
    }

    /// The compounds of a text given as numbered words, each with every place it occurs.
    public func compounds(in text: NumberedWords, attested: (String) -> Bool = { _ in false }) -> [Compound] {
        let found = runs(in: text, attested: attested)
        var placesOf = Dictionary(uniqueKeysWithValues: found.indices.map { (found[$0].run, $0) })
        var occurrences = [[Compound.Occurrence]](repeating: [], count: found.count)
        forEachRun(in: text, openingAt: { _ in true }, shortest: 2) { run, words, start, _, number in
            guard let index = placesOf[run] else { return }
            occurrences[index].append(.init(sentence: number, firstWord: start - words.startIndex))
        }
        placesOf = [:]
        return found.indices.map { index in
            Compound(text: found[index].text, parts: found[index].parts, occurrences: occurrences[index])
        }
    }

    /// A run of words found to be a compound, by how often it occurs: what extraction needs, which finds the
    /// places again sentence by sentence rather than holding millions of them.
    struct FoundRun {
        var run: WordRun
        var text: String
        var count: Int
        /// The words, filled in for the runs found to be compounds.
        var parts: [String] = []
    }

    /// The runs that are compounds, most frequent first (ties by text).
    func runs(in text: NumberedWords, attested: (String) -> Bool = { _ in false }) -> [FoundRun] {
        var roles: [WordRole?] = Array(repeating: nil, count: text.words.count)
        let lengths = text.words.map(\.unicodeScalars.count)
        func role(_ word: Int32) -> WordRole {
            if let known = roles[Int(word)] { return known }
            let value = WordRole(text.words[Int(word)], lexicon.word(text.words[Int(word)])?.facts)
            roles[Int(word)] = value
            return value
        }
        // Whether a run can start at a word: every candidate run opens with a modifier of two characters or more
        // (`isCandidate`), so most places of the text are passed over without making a run.
        func opensCandidate(_ word: Int32) -> Bool { lengths[Int(word)] >= 2 && role(word).isModifier }
        // First pass: how often each run that could be a compound occurs, and how many words the text has.
        var counts = WordRunTable(capacity: 1 << 16)
        var wordCount = 0
        forEachRunStart(in: text) { _, _, _ in wordCount += 1 }
        forEachRun(in: text, openingAt: opensCandidate, shortest: 2) { run, _, _, _, _ in
            if isCandidate(run, lengths: lengths, role: role) { counts.add(1, to: run) }
        }
        func joined(_ run: WordRun) -> String { run.words.map { text.words[Int($0)] }.joined() }
        var known: [FoundRun] = []
        // The runs whose freedom is to be measured: frequent enough, no dictionary's word, not attested.
        var measured = WordRunTable(capacity: counts.count)
        var measuredRuns: [FoundRun] = []
        counts.forEach { run, count in
            let text = joined(run)
            let isWord = lexicon.word(text)?.isWord == true
            if !isWord && attested(text) {
                known.append(FoundRun(run: run, text: text, count: Int(count)))
            } else if !attested(text), Int(count) >= thresholds.minimumCount, !isWord {
                measured.set(run, to: Int32(measuredRuns.count))
                measuredRuns.append(FoundRun(run: run, text: text, count: Int(count)))
            }
        }
        counts = WordRunTable()
        // Second pass: what stands around the measured runs, as (run, neighbour) pairs sorted together, so that
        // each run's neighbours are counted without a table per run.
        var freedom = NeighbourFreedom(runs: measuredRuns.count)
        if !measured.isEmpty {
            forEachRun(in: text, openingAt: opensCandidate, shortest: 2) { run, words, start, end, number in
                guard let index = measured[run] else { return }
                // Sentence edges count as neighbours seen once each: an edge is no fixed neighbour (numbered
                // below zero, one for each sentence).
                let edge = -1 - number
                freedom.note(
                    run: index, left: start > words.startIndex ? Int(words[start - 1]) : edge,
                    right: end + 1 < words.endIndex ? Int(words[end + 1]) : edge)
            }
        }
        let (leftEntropy, rightEntropy) = freedom.entropies()
        let frequent = measuredRuns.indices.filter { min(leftEntropy[$0], rightEntropy[$0]) >= thresholds.minimumFreedom }.map {
            measuredRuns[$0]
        }
        measured = WordRunTable()
        // Third pass: the counts of the parts the cohesion of those compounds divides by.
        var partCounts = WordRunTable()
        var opensPart = [Bool](repeating: false, count: text.words.count)
        for found in frequent {
            for split in 1..<found.run.count {
                partCounts.set(found.run.prefix(split), to: 0)
                partCounts.set(found.run.dropping(split), to: 0)
                opensPart[Int(found.run[0])] = true
                opensPart[Int(found.run[split])] = true
            }
        }
        if !partCounts.isEmpty {
            forEachRun(in: text, openingAt: { opensPart[Int($0)] }, shortest: 1) { run, _, _, _, _ in
                partCounts.add(1, to: run, onlyIfPresent: true)
            }
        }
        let total = Double(max(wordCount, 1))
        func probability(_ run: WordRun) -> Double { Double(max(Int(partCounts[run] ?? 1), 1)) / total }
        return
            (known
            + frequent.filter { found in
                let together = Double(found.count) / total
                let cohesion =
                    (1..<found.run.count).map { split in
                        together / (probability(found.run.prefix(split)) * probability(found.run.dropping(split)))
                    }.min() ?? 0
                return cohesion >= thresholds.minimumCohesion
            })
            .sorted { ($0.count, $1.text) > ($1.count, $0.text) }
            .map { found in
                var found = found
                found.parts = found.run.words.map { text.words[Int($0)] }
                return found
            }
    }

    /// Calls `body` with every run of Chinese words of `shortest` words up to the longest compound that opens at
    /// a word `opens` accepts: the run, its sentence's tokens (a slice of the text's), the index there of its first
    /// and last word, and the sentence's number. The three passes of `runs` walk the text this way.
    private func forEachRun(
        in text: NumberedWords, openingAt opens: (Int32) -> Bool, shortest: Int,
        _ body: (WordRun, ArraySlice<Int32>, Int, Int, Int) -> Void
    ) {
        forEachRunStart(in: text) { words, start, number in
            guard opens(words[start]) else { return }
            var run = WordRun()
            for end in start..<min(start + Self.lengths.upperBound, words.endIndex) {
                guard text.isHan[Int(words[end])] else { break }
                run.append(words[end])
                if run.count >= shortest { body(run, words, start, end, number) }
            }
        }
    }

    /// Calls `body` with each sentence's tokens (a slice of the text's), the index in it of each Chinese word a
    /// run can start at, and the sentence's number.
    private func forEachRunStart(in text: NumberedWords, _ body: (ArraySlice<Int32>, Int, Int) -> Void) {
        text.forEachSentence { words, number in
            for start in words.indices where text.isHan[Int(words[start])] { body(words, start, number) }
        }
    }

    /// A noun phrase of content words: a noun at the end (a verbal noun too: 疫情防控), nouns or adjectives
    /// before it and no verb, words of two characters or more at both ends (a single character there is a
    /// suffix or a particle of the clause).
    private func isCandidate(_ run: WordRun, lengths: [Int], role: (Int32) -> WordRole) -> Bool {
        let last = run[run.count - 1]
        guard lengths[Int(run[0])] >= 2, lengths[Int(last)] >= 2,
            Self.characters.contains((0..<run.count).reduce(0) { $0 + lengths[Int(run[$1])] }),
            role(last).isHead
        else { return false }
        return (0..<run.count - 1).allSatisfy { role(run[$0]).isModifier }
    }

    /// What a word can be in a compound term, from jieba's tag and CC-CEDICT's first sense. jieba tags many
    /// verbs of official prose as nouns or adjectives (整治 n, 落实 a, 深化 j); a first sense "to …" shows
    /// the verb, which a term does not have before its head (深化人才, 整治形式主义 are clauses).
    struct WordRole {
        var isHead = false
        var isModifier = false

        init(_ word: String, _ facts: LexiconFacts?) {
            guard let facts, let tag = facts.partOfSpeech, !FunctionWords.contains(word, tag: tag) else { return }
            // A word closing on 于 (致力于, 有利于, 基于) takes an object: a verb or a preposition, whatever jieba's
            // tag (致力于 n), so no part of a term (致力于深化 was found as one).
            guard word.unicodeScalars.count < 2 || word.unicodeScalars.last != "于" else { return }
            isHead = CompoundDiscovery.nounTags.contains(tag)
            isModifier = CompoundDiscovery.modifierTags.contains(tag) && facts.cedict.first?.senses.first?.hasPrefix("to ") != true
        }
    }

    static func entropy<Key>(_ counts: [Key: Int]) -> Double {
        entropy(of: Array(counts.values))
    }

    /// The entropy (bits) of a distribution given as counts.
    static func entropy(of counts: [Int]) -> Double {
        let total = Double(counts.reduce(0, +))
        guard total > 0 else { return 0 }
        return counts.reduce(0) { sum, count in
            let p = Double(count) / total
            return sum - p * log2(p)
        }
    }
}
