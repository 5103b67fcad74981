import Foundation
import GRDB

/// A sentence a note's term was met in, with the article it came from. One row of the `example` table;
/// a note collects one per article (a sentence is kept once per note).
public struct Example: Codable, Equatable, Sendable {
    public var id: Int64?
    public var noteID: Int64
    public var sentence: String
    public var sourceTitle: String?
    public var sourceFile: String?
    /// The article's date as the article gives it, e.g. "2018-06-11".
    public var sourceDate: String?
    /// The 1-based line of the source file the sentence starts on.
    public var sourceLine: Int?
    /// Where the term stands in the sentence, in Unicode scalars, when the extraction said (an imported sentence
    /// has none). Stored as two columns; read it as `termSpan`.
    var termStart: Int?
    var termLength: Int?
    public var added: Date

    public init(
        id: Int64? = nil, noteID: Int64, sentence: String, sourceTitle: String? = nil, sourceFile: String? = nil,
        sourceDate: String? = nil, sourceLine: Int? = nil, termSpan: Range<Int>? = nil, added: Date
    ) {
        self.id = id
        self.noteID = noteID
        self.sentence = sentence
        self.sourceTitle = sourceTitle
        self.sourceFile = sourceFile
        self.sourceDate = sourceDate
        self.sourceLine = sourceLine
        termStart = termSpan?.lowerBound
        termLength = termSpan?.count
        self.added = added
    }

    public var termSpan: Range<Int>? {
        guard let termStart, let termLength else { return nil }
        return termStart..<termStart + termLength
    }

    /// The term as this sentence writes it (５Ｇ for 5G, a traditional form), when its place is known and
    /// within the sentence.
    public var writtenTerm: String? {
        guard let span = termSpan, span.lowerBound >= 0 else { return nil }
        let scalars = sentence.unicodeScalars
        guard span.upperBound <= scalars.count else { return nil }
        let start = scalars.index(scalars.startIndex, offsetBy: span.lowerBound)
        return String(scalars[start..<scalars.index(start, offsetBy: span.count)])
    }
}

extension Example: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "example"

    enum CodingKeys: String, CodingKey {
        case id
        case noteID = "note_id"
        case sentence
        case sourceTitle = "source_title"
        case sourceFile = "source_file"
        case sourceDate = "source_date"
        case sourceLine = "source_line"
        case termStart = "term_start"
        case termLength = "term_length"
        case added
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let noteID = Column(CodingKeys.noteID)
        public static let sentence = Column(CodingKeys.sentence)
    }

    static let note = belongsTo(Note.self)

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
