import Foundation
import GRDB
import Lexicon

/// One expression to learn in one deck, with the sentences it was met in (`Example`) and its cards (`Card`).
/// One row of the `note` table.
public struct Note: Codable, Equatable, Sendable {
    public var id: Int64?
    public var deckID: Int64
    /// Stable across exports, so that re-importing into Anki updates the note instead of duplicating it
    /// (see `NoteGUID`).
    public var guid: String
    /// The expression in simplified characters; unique within its deck.
    public var term: String
    public var traditional: String?
    /// Tone-marked pinyin, e.g. "tóng zhōu gòng jì".
    public var pinyin: String
    public var gloss: String
    public var kind: NoteKind
    /// Where an idiom comes from, e.g. 《孙子·九地》.
    public var classicalSource: String?
    /// The learner's own notes.
    public var notes: String
    /// Tags separated by single spaces; a tag has no spaces (Anki's convention).
    public var tags: String
    public var created: Date
    public var modified: Date

    public init(
        id: Int64? = nil, deckID: Int64, guid: String, term: String, traditional: String? = nil,
        pinyin: String = "", gloss: String = "", kind: NoteKind = .term, classicalSource: String? = nil,
        notes: String = "", tags: String = "", created: Date, modified: Date
    ) {
        self.id = id
        self.deckID = deckID
        self.guid = guid
        self.term = term
        self.traditional = traditional
        self.pinyin = pinyin
        self.gloss = gloss
        self.kind = kind
        self.classicalSource = classicalSource
        self.notes = notes
        self.tags = tags
        self.created = created
        self.modified = modified
    }

    /// The tags as a list.
    public var tagList: [String] { tags.split(separator: " ").map(String.init) }

    /// Joins tags the way the `tags` column keeps them: whitespace inside a tag becomes "_", duplicates go.
    static func joinTags<Tags: Sequence>(_ tags: Tags) -> String where Tags.Element == String {
        var seen: [String] = []
        for tag in tags {
            let cleaned = tag.split(whereSeparator: isWhitespace).joined(separator: "_")
            if !cleaned.isEmpty && !seen.contains(cleaned) { seen.append(cleaned) }
        }
        return seen.joined(separator: " ")
    }
}

extension Note: FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "note"

    enum CodingKeys: String, CodingKey {
        case id
        case deckID = "deck_id"
        case guid, term, traditional, pinyin, gloss, kind
        case classicalSource = "classical_source"
        case notes, tags, created, modified
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let deckID = Column(CodingKeys.deckID)
        public static let guid = Column(CodingKeys.guid)
        public static let term = Column(CodingKeys.term)
        public static let traditional = Column(CodingKeys.traditional)
        public static let pinyin = Column(CodingKeys.pinyin)
        public static let gloss = Column(CodingKeys.gloss)
        public static let created = Column(CodingKeys.created)
    }

    static let deck = belongsTo(Deck.self)
    static let examples = hasMany(Example.self)
    static let cards = hasMany(Card.self)

    public mutating func didInsert(_ inserted: InsertionSuccess) {
        id = inserted.rowID
    }
}
