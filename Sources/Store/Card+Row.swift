import Foundation
import GRDB
import Scheduler

extension Card {
    /// Reads a card column by column rather than through Codable, which took about 35,000 instructions a
    /// card (90,000 with its note): nine tenths of `tifa stats` on 100,000 cards, and most of the wait for
    /// `tifa cards list`'s first line. A value out of range (an unknown state or type) throws, naming the column;
    /// columns that make no `CardState` throw `StoreError.inconsistentCard`. `RowDecodingTests` fails if the table
    /// gains a column this does not read.
    public init(row: Row) throws {
        let id: Int64? = try row.decode(forColumn: ColumnName.id.rawValue)
        self.id = id
        noteID = try row.decode(forColumn: ColumnName.noteID.rawValue)
        type = try row.decode(forColumn: ColumnName.type.rawValue)
        state = try Self.state(
            id: id ?? 0, kind: try row.decode(forColumn: ColumnName.state.rawValue),
            step: try row.decode(forColumn: ColumnName.step.rawValue),
            stability: try row.decode(forColumn: ColumnName.stability.rawValue),
            difficulty: try row.decode(forColumn: ColumnName.difficulty.rawValue))
        due = try row.decode(forColumn: ColumnName.due.rawValue)
        lastReview = try row.decode(forColumn: ColumnName.lastReview.rawValue)
        reps = try row.decode(forColumn: ColumnName.reps.rawValue)
        lapses = try row.decode(forColumn: ColumnName.lapses.rawValue)
        suspended = try row.decode(forColumn: ColumnName.suspended.rawValue)
        buriedUntil = try row.decode(forColumn: ColumnName.buriedUntil.rawValue)
    }

    /// The same columns through a `Decoder`, which records holding a card (`CardListing`, `NoteDetail`) need to
    /// be `Decodable`; GRDB itself reads a card with `init(row:)`.
    public init(from decoder: Decoder) throws {
        let columns = try decoder.container(keyedBy: ColumnName.self)
        let id = try columns.decodeIfPresent(Int64.self, forKey: .id)
        self.id = id
        noteID = try columns.decode(Int64.self, forKey: .noteID)
        type = try columns.decode(CardType.self, forKey: .type)
        state = try Self.state(
            id: id ?? 0, kind: try columns.decode(CardState.Kind.self, forKey: .state),
            step: try columns.decodeIfPresent(Int.self, forKey: .step),
            stability: try columns.decodeIfPresent(Double.self, forKey: .stability),
            difficulty: try columns.decodeIfPresent(Double.self, forKey: .difficulty))
        due = try columns.decode(Date.self, forKey: .due)
        lastReview = try columns.decodeIfPresent(Date.self, forKey: .lastReview)
        reps = try columns.decode(Int.self, forKey: .reps)
        lapses = try columns.decode(Int.self, forKey: .lapses)
        suspended = try columns.decode(Bool.self, forKey: .suspended)
        buriedUntil = try columns.decodeIfPresent(Date.self, forKey: .buriedUntil)
    }

    /// The scheduler's state from the card's four columns. Every card Tifa writes gives one; any other combination
    /// (a learnt card without stability and difficulty, a learning card without its step) is an error naming the card.
    static func state(id: Int64, kind: CardState.Kind, step: Int?, stability: Double?, difficulty: Double?) throws
        -> CardState
    {
        func memory() throws -> MemoryState {
            guard let stability, let difficulty else {
                throw StoreError.inconsistentCard(id, reason: "it is in \(kind) without stability and difficulty")
            }
            return MemoryState(stability: stability, difficulty: difficulty)
        }
        func learningStep() throws -> Int {
            guard let step else { throw StoreError.inconsistentCard(id, reason: "it is in \(kind) without a step") }
            return step
        }
        switch kind {
        case .new: return .new
        case .learning: return .learning(step: try learningStep(), memory: try memory())
        case .review: return .review(memory: try memory())
        case .relearning: return .relearning(step: try learningStep(), memory: try memory())
        }
    }

    /// The step column: the (re)learning step, nil for a new card and a card in review.
    var stepColumn: Int? { state == .new ? nil : state.step }

    /// Writes a card column by column, its dates as GRDB's text (`DatabaseDateText`), rather than through
    /// Codable and GRDB's `DateFormatter`: the two took a third of an import's time. `RowDecodingTests` holds
    /// the columns and the dates' text to what GRDB's Codable encoding wrote.
    public func encode(to container: inout PersistenceContainer) {
        container[ColumnName.id.rawValue] = id
        container[ColumnName.noteID.rawValue] = noteID
        container[ColumnName.type.rawValue] = type
        container[ColumnName.state.rawValue] = state.kind
        container[ColumnName.step.rawValue] = stepColumn
        container[ColumnName.stability.rawValue] = state.memory?.stability
        container[ColumnName.difficulty.rawValue] = state.memory?.difficulty
        container[ColumnName.due.rawValue] = DatabaseDateText.text(due)
        container[ColumnName.lastReview.rawValue] = lastReview.map(DatabaseDateText.text)
        container[ColumnName.reps.rawValue] = reps
        container[ColumnName.lapses.rawValue] = lapses
        container[ColumnName.suspended.rawValue] = suspended
        container[ColumnName.buriedUntil.rawValue] = buriedUntil.map(DatabaseDateText.text)
    }
}

extension Card: CachedInsertion {
    static let insertedColumns = [
        ColumnName.noteID, .type, .state, .step, .stability, .difficulty, .due, .lastReview, .reps, .lapses, .suspended,
        .buriedUntil,
    ].map(\.rawValue)
    static let insertSQL = makeInsertSQL()

    func bindInsertedValues(_ bindings: StatementBindings) {
        bindings.bind(noteID, at: 1)
        bindings.bind(type.rawValue, at: 2)
        bindings.bind(state.kind.rawValue, at: 3)
        bindings.bind(stepColumn, at: 4)
        bindings.bind(state.memory?.stability, at: 5)
        bindings.bind(state.memory?.difficulty, at: 6)
        bindings.bind(DatabaseDateText.text(due), at: 7)
        bindings.bind(lastReview.map(DatabaseDateText.text), at: 8)
        bindings.bind(reps, at: 9)
        bindings.bind(lapses, at: 10)
        // As GRDB stores a Bool.
        bindings.bind(suspended ? 1 : 0, at: 11)
        bindings.bind(buriedUntil.map(DatabaseDateText.text), at: 12)
    }
}
