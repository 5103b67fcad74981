import Foundation
import Lexicon
import Store

/// Turns one record of an imported file into a note: field HTML back to text, Tifa's Basic back split into its
/// parts, `tifa::KIND` tags read as the kind, the source's lines as the classical source and the sentence's article.
struct NoteFieldReader {
    /// Whether fields are HTML (`#html:true`, or no `#html` line): then `<br>` is a line break and `&amp;` is `&`.
    let isHTML: Bool

    enum Outcome {
        case note(NoteDraft)
        case skip(String)
    }

    func note(
        from record: DelimitedText.Record, columns: ImportColumns, globalTags: [String],
        path: String
    ) throws(AnkiFileError) -> Outcome {
        func raw(_ column: Int) -> String? {
            column > 0 && column <= record.fields.count ? record.fields[column - 1] : nil
        }
        var html: [AnkiField: String] = [:]
        for (column, field) in columns.fields where html[field] == nil {
            if let value = raw(column) { html[field] = value }
        }
        func text(_ field: AnkiField) -> String? {
            html[field].map(plain).flatMap { $0.isEmpty ? nil : $0 }
        }
        let back = html[.back].map(BasicBack.init) ?? BasicBack()

        guard let term = text(.hanzi) ?? text(.front) else { return .skip("the term column is empty") }
        if term.contains(where: \.isNewline) { throw .termWithLineBreak(path, line: record.line, term: term) }

        let tags = AnkiTags.read(globalTags + (raw(columns.tags) ?? "").split(whereSeparator: \.isWhitespace).map(String.init))
        var kind = tags.kind
        if let name = text(.kind) {
            guard let value = NoteKind(rawValue: name.lowercased()) else {
                throw .unknownKind(path, line: record.line, value: name)
            }
            kind = value
        }
        let sentences = lines(text(.example) ?? back.part("example").map(plain) ?? "")
        let sources = lines(text(.source) ?? back.part("source").map(plain) ?? "")
        let classical = sources.first { $0.hasPrefix("《") }
        let articles = sources.filter { !$0.hasPrefix("《") }
        let examples = sentences.map { sentence in
            var example = ExampleDraft(sentence: sentence)
            if sentences.count == 1 && articles.count == 1 {
                let parts = articles[0].components(separatedBy: " · ")
                example.sourceTitle = parts[0]
                example.sourceDate = parts.count == 2 ? parts[1] : nil
            }
            return example
        }
        let gloss = text(.meaning) ?? back.part("meaning").map(plain) ?? (back.isTifas ? nil : text(.back))
        return .note(
            NoteDraft(
                line: record.line, guid: raw(columns.guid).flatMap { $0.isEmpty ? nil : $0 }, term: term,
                traditional: text(.traditional), pinyin: text(.pinyin) ?? back.part("pinyin").map(plain),
                gloss: gloss, kind: kind, classicalSource: classical, notes: text(.notes), tags: tags.own,
                examples: examples))
    }

    private func plain(_ field: String) -> String {
        isHTML ? HTMLField.text(field) : field.trimmedOfWhitespace
    }

    private func lines(_ text: String) -> [String] {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// The back of Tifa's Basic export: `<div class='pinyin'>…</div><div class='meaning'>…</div>…`.
/// Any other back is one gloss.
struct BasicBack {
    private var parts: [String: String] = [:]

    init() {}

    init(_ html: String) {
        // A back without a div (a plain list's meaning, an Anki note's "a<br>b") has no parts: skip twelve
        // searches that took a third of a 50,000-line import.
        guard Self.find("<div", in: html, from: html.startIndex) != nil else { return }
        for name in ["pinyin", "meaning", "example", "source"] {
            // Tifa writes class='name'; an editor that rewrites the HTML may leave class="name" or class=name.
            let opening = ["'\(name)'", "\"\(name)\"", name].lazy
                .compactMap { Self.find("<div class=\($0)>", in: html, from: html.startIndex) }.first
            guard let opening, let end = Self.find("</div>", in: html, from: opening.upperBound) else { continue }
            parts[name] = String(html[opening.upperBound..<end.lowerBound])
        }
    }

    /// Where the ASCII `tag` first occurs in `html` from `start`, compared byte by byte (Foundation's
    /// `range(of:)` is slow on Linux). The bounds of an ASCII match in UTF-8 are scalar boundaries.
    private static func find(_ tag: String, in html: String, from start: String.Index) -> Range<String.Index>? {
        let needle = Array(tag.utf8)
        let bytes = html.utf8
        guard let first = needle.first else { return nil }
        var index = start
        while let found = bytes[index...].firstIndex(of: first) {
            let end = bytes.index(found, offsetBy: needle.count, limitedBy: bytes.endIndex)
            if let end, bytes[found..<end].elementsEqual(needle) { return found..<end }
            index = bytes.index(after: found)
        }
        return nil
    }

    /// Whether the back is Tifa's own, in parts.
    var isTifas: Bool { !parts.isEmpty }

    func part(_ name: String) -> String? { parts[name] }
}
