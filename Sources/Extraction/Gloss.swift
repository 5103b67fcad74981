import Lexicon

/// The English a card shows: the glossary's official rendering, else CC-CEDICT's first senses, else a gloss
/// composed from the word's parts (marked, so a learner knows it is not a translation).
enum Gloss {
    static func text(of report: WordReport) -> String {
        if let glossary = report.glossary { return glossary.english.joined(separator: "; ") }
        if let reading = report.readings.first {
            return reading.senses.prefix(3).joined(separator: "; ")
        }
        guard let composed = report.composed else { return "" }
        return "(\(composed.isLiteral ? "literally" : "from its parts"): \(composed.gloss))"
    }

    static func source(of report: WordReport) -> VocabularyItem.GlossSource {
        report.glossary != nil ? .glossary : report.readings.isEmpty ? .parts : .cedict
    }
}
