import Foundation
import GRDB

extension Note {
    /// Reads a note column by column rather than through Codable (about 36,000 instructions a note), for
    /// the same reason as `Card.init(row:)`. `RowDecodingTests` fails if the table gains a column this does
    /// not read.
    public init(row: Row) throws {
        id = try row.decode(forColumn: CodingKeys.id.stringValue)
        deckID = try row.decode(forColumn: CodingKeys.deckID.stringValue)
        guid = try row.decode(forColumn: CodingKeys.guid.stringValue)
        term = try row.decode(forColumn: CodingKeys.term.stringValue)
        traditional = try row.decode(forColumn: CodingKeys.traditional.stringValue)
        pinyin = try row.decode(forColumn: CodingKeys.pinyin.stringValue)
        gloss = try row.decode(forColumn: CodingKeys.gloss.stringValue)
        kind = try row.decode(forColumn: CodingKeys.kind.stringValue)
        classicalSource = try row.decode(forColumn: CodingKeys.classicalSource.stringValue)
        notes = try row.decode(forColumn: CodingKeys.notes.stringValue)
        tags = try row.decode(forColumn: CodingKeys.tags.stringValue)
        created = try row.decode(forColumn: CodingKeys.created.stringValue)
        modified = try row.decode(forColumn: CodingKeys.modified.stringValue)
    }

    /// Writes a note column by column, its dates as GRDB's text, for the same reason as `Card.encode(to:)`.
    public func encode(to container: inout PersistenceContainer) {
        container[CodingKeys.id.stringValue] = id
        container[CodingKeys.deckID.stringValue] = deckID
        container[CodingKeys.guid.stringValue] = guid
        container[CodingKeys.term.stringValue] = term
        container[CodingKeys.traditional.stringValue] = traditional
        container[CodingKeys.pinyin.stringValue] = pinyin
        container[CodingKeys.gloss.stringValue] = gloss
        container[CodingKeys.kind.stringValue] = kind
        container[CodingKeys.classicalSource.stringValue] = classicalSource
        container[CodingKeys.notes.stringValue] = notes
        container[CodingKeys.tags.stringValue] = tags
        container[CodingKeys.created.stringValue] = DatabaseDateText.text(created)
        container[CodingKeys.modified.stringValue] = DatabaseDateText.text(modified)
    }
}

extension Note: CachedInsertion {
    static let insertedColumns = [
        CodingKeys.deckID, .guid, .term, .traditional, .pinyin, .gloss, .kind, .classicalSource, .notes, .tags, .created,
        .modified,
    ].map(\.stringValue)
    static let insertSQL = makeInsertSQL()

    func bindInsertedValues(_ bindings: StatementBindings) {
        bindings.bind(deckID, at: 1)
        bindings.bind(guid, at: 2)
        bindings.bind(term, at: 3)
        bindings.bind(traditional, at: 4)
        bindings.bind(pinyin, at: 5)
        bindings.bind(gloss, at: 6)
        bindings.bind(kind.rawValue, at: 7)
        bindings.bind(classicalSource, at: 8)
        bindings.bind(notes, at: 9)
        bindings.bind(tags, at: 10)
        bindings.bind(DatabaseDateText.text(created), at: 11)
        bindings.bind(DatabaseDateText.text(modified), at: 12)
    }
}
