/// A gold list of what a learner should get from a text (`../shared/eval/*.gold.tsv`: term with alternatives
/// separated by |, tier core or ok, kind), and the figures the extractor is judged by against it: recall of core
/// items in the top 150, precision of the top 50, fragments of gold units in the top 50, two units of one nested
/// family in the top 20, and glosses composed from parts in the top 50. Used by `tifa-bench extract` and the tests.
public struct GoldStandard: Sendable {
    public struct Entry: Sendable {
        public var alternatives: [String]
        public var isCore: Bool
    }

    public var entries: [Entry] = []
    public var core: [Entry] { entries.filter(\.isCore) }

    public init(tsv: String) {
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t")
            guard fields.count >= 2 else { continue }
            entries.append(Entry(alternatives: fields[0].split(separator: "|").map { Self.normal(String($0)) }, isCore: fields[1] == "core"))
        }
    }

    /// Terms compare without the marks a text may or may not write inside them (、 and quotation marks).
    public static func normal(_ term: String) -> String {
        String(term.unicodeScalars.filter { !"、“”\"‘’《》".unicodeScalars.contains($0) }.map(Character.init))
    }

    public func entry(for term: String) -> Entry? {
        let term = Self.normal(term)
        return entries.first { $0.alternatives.contains(term) }
    }

    /// The figures for a ranked list (best first), with what each rests on.
    public func score(_ ranked: [VocabularyItem]) -> Score {
        score(terms: ranked.map(\.term), composed: Set(ranked.prefix(50).filter { $0.glossSource == .parts }.map(\.term)))
    }

    public func score(terms ranked: [String], composed: Set<String> = []) -> Score {
        let top150 = Set(ranked.prefix(150).map(Self.normal))
        let top50 = Array(ranked.prefix(50))
        let top20 = ranked.prefix(20).map(Self.normal)
        let allGold = entries.flatMap(\.alternatives)
        var score = Score()
        score.coreFound = core.filter { $0.alternatives.contains(where: top150.contains) }.map { $0.alternatives[0] }
        score.coreMissed = core.filter { !$0.alternatives.contains(where: top150.contains) }.map { $0.alternatives[0] }
        score.coreCount = core.count
        score.top50Count = top50.count
        score.inGold = top50.filter { entry(for: $0) != nil }
        score.notInGold = top50.filter { entry(for: $0) == nil }
        score.fragments = score.notInGold.filter { term in allGold.contains { $0 != Self.normal(term) && $0.contains(Self.normal(term)) } }
        score.nestedPairs = top20.flatMap { inner in top20.filter { $0 != inner && $0.contains(inner) }.map { "\(inner) ⊂ \($0)" } }
        score.composed = top50.filter(composed.contains)
        return score
    }

    public struct Score: Sendable {
        public var coreFound: [String] = []
        public var coreMissed: [String] = []
        public var coreCount = 0
        public var top50Count = 0
        public var inGold: [String] = []
        public var notInGold: [String] = []
        public var fragments: [String] = []
        public var nestedPairs: [String] = []
        public var composed: [String] = []

        public var recall: Double { Double(coreFound.count) / Double(max(coreCount, 1)) }
        public var precision: Double { Double(inGold.count) / Double(max(top50Count, 1)) }
    }
}
