import Foundation
import GRDB
import Scheduler
import Testing
import TifaTestSupport

@testable import Store

/// `Card.init(row:)` and `Note.init(row:)` read columns by name instead of through Codable, for speed; these
/// tests keep them exact and complete.
@Suite("Row decoding")
struct RowDecodingTests {
    let now = date("2025-03-01T08:00:00Z")

    @Test("a card and a note with every field set read back as they were written")
    func roundTrip() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        try store.upsertNotes(
            [NoteDraft(term: "同舟共济", pinyin: "tóng zhōu gòng jì", gloss: "to pull together")],
            toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        let (card, note, cardRow, noteRow) = try store.write { db -> (Store.Card?, Note?, Row?, Row?) in
            guard var note = try Note.fetchOne(db), var card = try Card.fetchOne(db) else { return (nil, nil, nil, nil) }
            note.traditional = "同舟共濟"
            note.classicalSource = "《孙子·九地》"
            note.notes = "a note"
            note.tags = "idiom diplomacy"
            note.kind = .idiom
            try note.update(db)
            card.state = .relearning(step: 1, memory: MemoryState(stability: 3.25, difficulty: 6.5))
            card.due = now.addingTimeInterval(600.125)
            card.lastReview = now
            card.reps = 7
            card.lapses = 2
            card.suspended = true
            card.buriedUntil = now.addingTimeInterval(86_400)
            try card.update(db)
            return (
                card, note, try Row.fetchOne(db, sql: "SELECT * FROM card WHERE id = ?", arguments: [card.id]),
                try Row.fetchOne(db, sql: "SELECT * FROM note WHERE id = ?", arguments: [note.id])
            )
        }
        // What was written is what is read.
        #expect(try Card(row: try #require(cardRow)) == card)
        #expect(try Note(row: try #require(noteRow)) == note)
        let listing = try #require(try store.cards(inDeckNamed: "外交").first)
        #expect(listing.card.state.kind == .relearning && listing.card.buriedUntil != nil && listing.note.kind == .idiom)
    }

    @Test("the tables have no column the row decoders leave unread")
    func everyColumnIsRead() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let (card, note) = try store.read { db in
            (try db.columns(in: "card").map(\.name), try db.columns(in: "note").map(\.name))
        }
        // A column added to a table must be added to its init(row:) too, and then to these lists.
        #expect(
            card == [
                "id", "note_id", "type", "state", "step", "stability", "difficulty", "due", "last_review", "reps",
                "lapses", "suspended", "buried_until",
            ])
        #expect(
            note == [
                "id", "deck_id", "guid", "term", "traditional", "pinyin", "gloss", "kind", "classical_source", "notes",
                "tags", "created", "modified",
            ])
    }

    @Test("an unknown state is refused, not read as a default")
    func unknownStateThrows() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        try store.upsertNotes([NoteDraft(term: "同舟共济")], toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        let row = try store.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT id, note_id, type, 9 AS state, step, stability, difficulty, due, last_review, reps, lapses,
                           suspended, buried_until FROM card
                    """)
        }
        let unknown = try #require(row)
        #expect(throws: (any Error).self) { try Card(row: unknown) }
    }

    @Test("an unknown note kind or rating is refused, naming its column, not read as a default")
    func unknownKindAndRatingThrow() throws {
        let note = Row([
            "id": 1, "deck_id": 1, "guid": "g", "term": "同舟共济", "traditional": nil, "pinyin": "", "gloss": "",
            "kind": "proverb", "classical_source": nil, "notes": "", "tags": "", "created": now, "modified": now,
        ])
        #expect { try Note(row: note) } throws: { "\($0)".contains("kind") }
        let log = Row([
            "id": 1, "card_id": 1, "reviewed_at": now, "rating": 7, "duration_ms": 0, "state_before": 0,
            "state_after": 1, "stability_after": 1.0, "difficulty_after": 5.0, "scheduled_seconds": 60,
            "previous_step": nil, "previous_stability": nil, "previous_difficulty": nil, "previous_due": now,
            "previous_last_review": nil, "previous_reps": 0, "previous_lapses": 0, "anki_ease": nil,
        ])
        #expect { try ReviewLog(row: log) } throws: { "\($0)".contains("rating") }
    }
}
