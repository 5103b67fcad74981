import Foundation
import Store
import TextFile

/// Reads an Anki text file into notes to import: Tifa's own export, a hand-made file with the same headers, an
/// export of Anki's own, or a plain two-column term/gloss list. Columns are taken by the names `#columns:` gives
/// (Tifa's field names and a few synonyms), else by position: the term, then its meaning.
///
/// Reading is all or nothing: the first malformed line stops it with an error naming the line.
public struct AnkiTSVReader: Sendable {
    /// The notes of a file, with the lines that hold none.
    public struct Contents: Equatable, Sendable {
        public var notes: [NoteDraft]
        /// Lines without a note, and why.
        public var skipped: [SkippedLine]
        /// Column names that map to no field Tifa keeps.
        public var ignoredColumns: [String]
        /// Whether the file is a person's plain term/gloss list (no header, two columns), not Anki's export.
        public var isPlainList = false
    }

    /// A line of the file that holds no note.
    public struct SkippedLine: Equatable, Sendable {
        public var line: Int
        public var reason: String
    }

    public init() {}

    /// The largest file read: far more than any deck, and a bound on the memory a wrong file (a video,
    /// /dev/urandom) can take.
    public static let largestFile = 64 << 20

    /// Reads the file at `url`.
    public func read(fileAt url: URL) throws(AnkiFileError) -> Contents {
        let bytes: [UInt8]
        do {
            bytes = try TextFile.read(url.path, limit: Self.largestFile)
        } catch {
            let reason = if case .tooLarge = error { "\(error.reason), too large for a list of notes" } else { error.reason }
            throw .unreadableFile(url.path, reason: reason)
        }
        return try read(Data(bytes), path: url.path)
    }

    /// Reads a file's bytes; `path` names it in messages.
    public func read(_ data: Data, path: String) throws(AnkiFileError) -> Contents {
        if data.contains(0) { throw .binaryFile(path) }
        guard var text = String(data: data, encoding: .utf8) else {
            throw .notUTF8(path, line: Self.firstLineNotUTF8(data))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return try read(text, path: path)
    }

    /// Reads a file's text; `path` names it in messages.
    public func read(_ text: String, path: String) throws(AnkiFileError) -> Contents {
        // Blank lines are skipped one by one; a file of nothing else is an empty file.
        guard text.contains(where: { !$0.isWhitespace && $0 != "\u{FEFF}" }) else { throw .emptyFile(path) }
        let header = try AnkiTSVHeader(reading: text, path: path)
        var body = text
        if text.hasPrefix("tags:"), let end = text.firstIndex(where: \.isNewline) {
            body = "\n" + text[text.index(after: end)...]  // an empty line keeps the line numbers
        }
        let separator = header.separator ?? Self.guessSeparator(body)
        let records: [DelimitedText.Record]
        do throws(DelimitedText.Malformation) {
            if let plain = PlainList.records(in: body, header: header, separator: separator) {
                records = plain
            } else {
                records = try DelimitedText.records(in: body, separator: separator)
            }
        } catch {
            switch error {
            case let .unterminatedQuote(line): throw .unterminatedQuote(path, line: line)
            case let .textAfterQuote(line): throw .textAfterQuote(path, line: line)
            }
        }
        guard let first = records.first else { throw .emptyFile(path) }
        let columns = try ImportColumns(header: header, firstRecord: first, path: path)
        var contents = Contents(notes: [], skipped: [], ignoredColumns: columns.ignored)
        contents.isPlainList = header.lineCount == 0 && records.allSatisfy { $0.fields.count <= 2 }
        let notes = NoteFieldReader(isHTML: header.isHTML ?? true)
        for record in records {
            if !header.columnLabels.isEmpty && record.fields.count > header.columnLabels.count {
                throw .tooManyColumns(
                    path, line: record.line, found: record.fields.count,
                    named: header.columnLabels.count)
            }
            switch try notes.note(from: record, columns: columns, globalTags: header.globalTags, path: path) {
            case let .note(note): contents.notes.append(note)
            case let .skip(reason): contents.skipped.append(SkippedLine(line: record.line, reason: reason))
            }
        }
        return contents
    }

    /// Tab if the first record line has one, else comma, else semicolon: what a hand-made list most likely uses.
    static func guessSeparator(_ text: String) -> Unicode.Scalar {
        let line = LazyLines(text).first { !$0.isEmpty && !$0.hasPrefix("#") } ?? ""
        for candidate: Unicode.Scalar in ["\t", ",", ";"] where line.unicodeScalars.contains(candidate) {
            return candidate
        }
        return "\t"
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8.
    static func firstLineNotUTF8(_ data: Data) -> Int {
        var line = 1
        for chunk in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if String(data: Data(chunk), encoding: .utf8) == nil { return line }
            line += 1
        }
        return line
    }
}
