import ConsoleText
import Lexicon

/// The human-readable form of a lookup, like a dictionary entry.
struct WordReportText {
    var report: WordReport
    var style: TerminalStyle

    var text: String {
        var lines: [String] = []
        var headline = style.bold(report.word)
        if report.traditional != report.word { headline += "  " + report.traditional }
        headline += "  " + style.tones(report.pinyin)
        lines.append(headline)
        lines.append("  " + style.dim(facts.joined(separator: " · ")))
        if let glossary = report.glossary {
            lines.append("  " + style.accent(glossary.english.joined(separator: "; ")))
            if !glossary.note.isEmpty { lines.append("  " + glossary.note) }
            if let full = glossary.fullForm { lines.append("  " + style.dim("short for ") + full) }
        }
        for reading in report.readings {
            let prefix = report.readings.count > 1 || reading.pinyin != report.pinyin ? style.tones(reading.pinyin) + "  " : ""
            lines.append("  " + prefix + reading.senses.joined(separator: "; "))
        }
        if let framed = report.framed {
            lines.append("  " + style.accent(framed) + "  " + style.dim("(read from its fixed frame)"))
        }
        if let composed = report.composed {
            let label = composed.isLiteral ? "literally" : "composed from its parts"
            if report.framed == nil { lines.append("  " + style.dim("\(label):") + " " + composed.gloss) }
            lines.append("  " + style.dim(composed.parts.map { $0.pinyin.isEmpty ? $0.text : "\($0.text) \($0.pinyin)" }.joined(separator: " · ")))
        }
        if let idiom = report.idiom, !idiom.source.isEmpty {
            lines.append("  " + style.dim("source: ") + idiom.source)
        }
        return lines.joined(separator: "\n")
    }

    private var facts: [String] {
        var facts: [String] = []
        if let glossary = report.glossary { facts.append("\(glossary.kind.rawValue), \(glossary.domain.rawValue)") }
        if report.idiom != nil, report.glossary?.kind != .idiom { facts.append("idiom") }
        if let level = report.hsk2 { facts.append("HSK \(level)") }
        if let band = report.hsk3 { facts.append("HSK 3.0 \(band.levels)") }
        facts.append(report.frequencyRank.map { "frequency rank \($0)" } ?? "not in the frequency list")
        if report.composed != nil { facts.append("in no dictionary") }
        return facts
    }
}
