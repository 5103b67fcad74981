import Foundation
import Store

/// A Tifa note's fields as Anki gets them: HTML, escaped, with `<br>` line breaks and the term in bold in its
/// example sentences. The TSV writer and the `.apkg` writer take their fields from here, so both write the same.
public struct AnkiNoteFields: Sendable {
    public let detail: NoteDetail

    public init(_ detail: NoteDetail) {
        self.detail = detail
    }

    public func html(_ field: AnkiField) -> String {
        let note = detail.note
        switch field {
        case .hanzi, .front: return HTMLField.escape(note.term)
        case .traditional: return HTMLField.escape(note.traditional ?? "")
        case .pinyin: return HTMLField.escape(note.pinyin)
        case .meaning: return HTMLField.escape(note.gloss)
        case .kind: return note.kind.rawValue
        case .example:
            return detail.examples.map { Self.highlighting(note.term, writtenAs: $0.writtenTerm, in: $0.sentence) }.joined(separator: "<br>")
        case .source: return sourceLines.map(HTMLField.escape).joined(separator: "<br>")
        case .notes: return HTMLField.escape(note.notes)
        case .back: return back
        }
    }

    /// Basic's back: one `<div>` per part, with a class naming it, so that Tifa can read its own export back.
    /// Single quotes, so that the TSV needs no doubled quotes for them.
    private var back: String {
        let parts: [(String, AnkiField)] = [
            ("pinyin", .pinyin), ("meaning", .meaning), ("example", .example),
            ("source", .source),
        ]
        return parts.compactMap { name, field in
            let value = html(field)
            return value.isEmpty ? nil : "<div class='\(name)'>\(value)</div>"
        }.joined()
    }

    /// Where the expression comes from: an idiom's classical source first (in 《》, as the idiom list writes it),
    /// then each article its sentences were read in, once.
    var sourceLines: [String] {
        var lines: [String] = []
        if let classical = detail.note.classicalSource, !classical.isEmpty { lines.append(classical) }
        for example in detail.examples {
            if let line = Self.articleLine(example), !lines.contains(line) { lines.append(line) }
        }
        return lines
    }

    /// "王毅谈上合青岛峰会 · 2018-06-11", or the file's name when the article has no title.
    static func articleLine(_ example: Example) -> String? {
        let title =
            example.sourceTitle.flatMap { $0.isEmpty ? nil : $0 }
            ?? example.sourceFile.map { URL(fileURLWithPath: $0).lastPathComponent }
        guard let title else { return nil }
        guard let date = example.sourceDate, !date.isEmpty, !title.contains(date) else { return title }
        return "\(title) · \(date)"
    }

    /// The sentence as field HTML with each occurrence of the term in `<b>`, and of the term as the sentence
    /// writes it where the extraction recorded its place (５Ｇ for 5G).
    static func highlighting(_ term: String, writtenAs written: String? = nil, in sentence: String) -> String {
        var html = HTMLField.escape(sentence)
        var forms = [term]
        // A written form that holds the term or is held by it would be marked twice.
        if let written, !written.isEmpty, !written.contains(term), !term.contains(written) { forms.append(written) }
        for form in forms.map(HTMLField.escape) where !form.isEmpty {
            html = html.replacingOccurrences(of: form, with: "<b>\(form)</b>")
        }
        return html
    }
}
