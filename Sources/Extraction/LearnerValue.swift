import Foundation
import Lexicon

/// The score that ranks candidates: register (how political or diplomatic), rarity (how far beyond everyday
/// language), salience (how prominent in this text). Each part is small and explainable (`--explain`).
enum LearnerValue {
    static let bandRegister: [GlossaryEntry.Band: Double] = [.core: 0.5, .common: 0, .specialised: -0.5]

    static func parts(_ candidate: Candidate, _ classification: Classification, sentences: [ReadSentence], lexicon: Lexicon) -> VocabularyItem.ScoreParts {
        var register = Tally(classification.register, classification.basis)
        let inCorpus = Double(classification.registerCount)
        // Use in political text: a term the register uses constantly (党中央, 扶贫) is worth more than a one-off.
        register.add(0.35 * log10(1 + inCorpus), "\(classification.registerCount)× in the corpus")
        // The glossary's band moves a term by about as much as its use across the corpus can (the corpus is
        // domestic policy: for diplomacy the band is the only evidence of use). A core term this text only
        // has inside a longer wording (新时代 in 习近平新时代中国特色社会主义思想) gains nothing: the
        // longer wording is what the reader meets here.
        let onlyNested = candidate.origin == .nested
        if let band = classification.band, !(onlyNested && band == .core) {
            register.add(bandRegister[band]!, "\(band) band")
        }
        // (A discovered compound has no count in general text to compare with.)
        if !classification.isSetUnit, candidate.origin != .discovered, inCorpus > 0 {
            // Keyness: how much likelier the word is in political text than in general text (log2 of the ratio).
            let political = inCorpus / Double(max(lexicon.index.registerTotal, 1))
            let general = Double(classification.generalCount + 1) / Double(max(lexicon.index.totalFrequency, 1))
            register.add(min(max(log2(political / general) - 1, 0), 3) * 0.6, "keyness")
        }
        // A compound of everyday words (高校 + 毕业生) is as hard as its hardest part: no list has the whole.
        let rarity: Tally
        if candidate.parts.isEmpty {
            rarity = Self.rarity(rank: classification.frequencyRank, hsk2: classification.hsk2)
        } else {
            rarity = candidate.parts.map { part in
                lexicon.word(part).map { Self.rarity(rank: $0.frequencyRank, hsk2: $0.hsk2, of: part) } ?? Tally(1.5, "\(part) unlisted")
            }.max { $0.total < $1.total } ?? Tally(1.5, "unlisted")
        }
        let count = candidate.occurrences.count
        var salience = Tally()
        salience.add(0.4 * log2(Double(count)), "\(count)×")
        if candidate.occurrences.contains(where: { sentences[$0.sentence].isHeadline }) { salience.add(0.6, "headline") }
        if candidate.occurrences.contains(where: \.quoted) { salience.add(0.6, "quoted") }
        // A unit met only inside a fixed expression (新时代 in 习近平新时代中国特色社会主义思想) is part of its
        // wording here, not a unit the text uses.
        if onlyNested, candidate.occurrences.allSatisfy({ $0.nesting == .insideFixedExpression }) { salience.add(-1.0, "only inside a fixed expression") }
        return .init(register: register.total.rounded(toPlaces: 3), rarity: rarity.total.rounded(toPlaces: 3),
                     salience: salience.total.rounded(toPlaces: 3),
                     explanation: .init(register: register.reasons, rarity: rarity.reasons, salience: salience.reasons))
    }

    /// Rank 1,000 and commoner in jieba's list: no rarity; rank 30,000 or rarer (or unlisted): the most.
    /// A word of HSK level n is worth at most n/4: a learner at that level has met it.
    static func rarity(rank: Int?, hsk2: Int?, of word: String? = nil) -> Tally {
        let subject = word.map { "\($0) " } ?? ""
        var rarity = rank.map { Tally(min(max(log10(Double($0)) - 3, 0), 1.5), "\(subject)rank \($0) in jieba") }
            ?? Tally(1.5, "\(subject)not in jieba's list")
        if let level = hsk2, Double(level) * 0.25 < rarity.total { rarity = Tally(Double(level) * 0.25, "\(subject)HSK \(level)") }
        return rarity
    }
}

/// A part of the score and what it is made of, for `--explain`: glossary term 3, core band +0.5.
struct Tally {
    private(set) var total = 0.0
    private(set) var reasons: [VocabularyItem.ScoreParts.Reason] = []

    init() {}

    init(_ value: Double, _ reason: String) {
        add(value, reason)
    }

    /// Adds a share; a share of nothing is not worth a reason.
    mutating func add(_ value: Double, _ reason: String) {
        guard value.rounded(toPlaces: 3) != 0 else { return }
        total += value
        reasons.append(.init(because: reason, value: value.rounded(toPlaces: 3)))
    }
}
