import Foundation
import Lexicon

/// The score that ranks candidates: register (how political or diplomatic), rarity (how far beyond everyday
/// language), salience (how prominent in this text). Each part is small and explainable (`--explain`).
enum LearnerValue {
    static let bandRegister: [GlossaryEntry.Band: Double] = [.core: 0.5, .common: 0, .specialised: -0.5]

    static func parts(_ candidate: Candidate, _ classification: Classification, sentences: [ReadSentence], lexicon: Lexicon) -> VocabularyItem.ScoreParts {
        var register = classification.register
        let inCorpus = Double(classification.registerCount)
        // Use in political text: a term the register uses constantly (党中央, 扶贫) is worth more than a one-off.
        register += 0.35 * log10(1 + inCorpus)
        // The glossary's band moves a term by about as much as its use across the corpus can (the corpus is
        // domestic policy: for diplomacy the band is the only evidence of use). A core term this text only
        // has inside a longer wording (新时代 in 习近平新时代中国特色社会主义思想) gains nothing: the
        // longer wording is what the reader meets here.
        let onlyNested = candidate.origin == .nested
        if let band = classification.band, !(onlyNested && band == .core) { register += bandRegister[band]! }
        // (A discovered compound has no count in general text to compare with.)
        if !classification.isSetUnit, candidate.origin != .discovered, inCorpus > 0 {
            // Keyness: how much likelier the word is in political text than in general text (log2 of the ratio).
            let political = inCorpus / Double(max(lexicon.index.registerTotal, 1))
            let general = Double(classification.generalCount + 1) / Double(max(lexicon.index.totalFrequency, 1))
            register += min(max(log2(political / general) - 1, 0), 3) * 0.6
        }
        // A compound of everyday words (高校 + 毕业生) is as hard as its hardest part: no list has the whole.
        let rarity = candidate.parts.isEmpty
            ? Self.rarity(rank: classification.frequencyRank, hsk2: classification.hsk2)
            : candidate.parts.map { lexicon.word($0).map { Self.rarity(rank: $0.frequencyRank, hsk2: $0.hsk2) } ?? 1.5 }.max() ?? 1.5
        let count = candidate.occurrences.count
        let inHeadline = candidate.occurrences.contains { sentences[$0.sentence].isHeadline }
        let quoted = candidate.occurrences.contains(where: \.quoted)
        // A unit met only inside a fixed expression (新时代 in 习近平新时代中国特色社会主义思想) is part of its
        // wording here, not a unit the text uses.
        let insideFixedExpression = onlyNested && candidate.occurrences.allSatisfy(\.insideFixedExpression)
        let salience = 0.4 * log2(Double(count)) + (inHeadline ? 0.6 : 0) + (quoted ? 0.6 : 0) - (insideFixedExpression ? 1.0 : 0)
        return .init(register: register.rounded(toPlaces: 3), rarity: rarity.rounded(toPlaces: 3), salience: salience.rounded(toPlaces: 3))
    }

    /// Rank 1,000 and commoner in jieba's list: no rarity; rank 30,000 or rarer (or unlisted): the most.
    /// A word of HSK level n is worth at most n/4: a learner at that level has met it.
    static func rarity(rank: Int?, hsk2: Int?) -> Double {
        var rarity = rank.map { min(max(log10(Double($0)) - 3, 0), 1.5) } ?? 1.5
        if let level = hsk2 { rarity = min(rarity, Double(level) * 0.25) }
        return rarity
    }
}
