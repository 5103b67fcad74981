import Foundation
import GRDB

extension Card {
    /// Reads a card column by column rather than through Codable, which took about 35,000 instructions a
    /// card (90,000 with its note): nine tenths of `tifa stats` on 100,000 cards, and most of the wait for
    /// `tifa cards list`'s first line. The same values, and the same refusal of a value out of range (an
    /// unknown state or type throws, naming the column). `RowDecodingTests` fails if the table gains a
    /// column this does not read.
    public init(row: Row) throws {
        id = try row.decode(forColumn: CodingKeys.id.stringValue)
        noteID = try row.decode(forColumn: CodingKeys.noteID.stringValue)
        type = try row.decode(forColumn: CodingKeys.type.stringValue)
        state = try row.decode(forColumn: CodingKeys.state.stringValue)
        step = try row.decode(forColumn: CodingKeys.step.stringValue)
        stability = try row.decode(forColumn: CodingKeys.stability.stringValue)
        difficulty = try row.decode(forColumn: CodingKeys.difficulty.stringValue)
        due = try row.decode(forColumn: CodingKeys.due.stringValue)
        lastReview = try row.decode(forColumn: CodingKeys.lastReview.stringValue)
        reps = try row.decode(forColumn: CodingKeys.reps.stringValue)
        lapses = try row.decode(forColumn: CodingKeys.lapses.stringValue)
        suspended = try row.decode(forColumn: CodingKeys.suspended.stringValue)
        buriedUntil = try row.decode(forColumn: CodingKeys.buriedUntil.stringValue)
    }

    /// Writes a card column by column, its dates as GRDB's text (`DatabaseDateText`), rather than through
    /// Codable and GRDB's `DateFormatter`: the two took a third of an import's time. `RowDecodingTests` holds
    /// the columns and the dates' text to what GRDB's Codable encoding wrote.
    public func encode(to container: inout PersistenceContainer) {
        container[CodingKeys.id.stringValue] = id
        container[CodingKeys.noteID.stringValue] = noteID
        container[CodingKeys.type.stringValue] = type
        container[CodingKeys.state.stringValue] = state
        container[CodingKeys.step.stringValue] = step
        container[CodingKeys.stability.stringValue] = stability
        container[CodingKeys.difficulty.stringValue] = difficulty
        container[CodingKeys.due.stringValue] = DatabaseDateText.text(due)
        container[CodingKeys.lastReview.stringValue] = lastReview.map(DatabaseDateText.text)
        container[CodingKeys.reps.stringValue] = reps
        container[CodingKeys.lapses.stringValue] = lapses
        container[CodingKeys.suspended.stringValue] = suspended
        container[CodingKeys.buriedUntil.stringValue] = buriedUntil.map(DatabaseDateText.text)
    }
}

extension Card: CachedInsertion {
    static let insertedColumns = [
        CodingKeys.noteID, .type, .state, .step, .stability, .difficulty, .due, .lastReview, .reps, .lapses, .suspended,
        .buriedUntil,
    ].map(\.stringValue)
    static let insertSQL = makeInsertSQL()

    var insertedValues: StatementArguments {
        [
            noteID, type, state, step, stability, difficulty, DatabaseDateText.text(due),
            lastReview.map(DatabaseDateText.text), reps, lapses, suspended, buriedUntil.map(DatabaseDateText.text),
        ]
    }
}
