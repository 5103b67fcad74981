import Foundation
import GRDB
import Lexicon
import Scheduler
import Testing
import TifaTestSupport

@testable import Store

/// `upsertNotes` writes notes and cards without the schema's CHECKs, trusting that every kind, card type and state
/// it writes is one the schema allows: these hold the Swift enums to the schema's lists, with the CHECKs on.
@Suite("The enums' raw values and the schema's CHECKs")
struct SchemaCheckTests {
    @Test("every note kind, card type and card state passes the schema's CHECKs")
    func enumsPassChecks() throws {
        let store = try TemporaryFolder().openStore()
        let deck = try store.createDeck(named: "外交", now: date("2025-03-01T08:00:00Z"))
        try store.write { db in
            for (index, kind) in NoteKind.allCases.enumerated() {
                try db.execute(
                    sql: """
                        INSERT INTO note (deck_id, guid, term, kind, created, modified)
                        VALUES (?, ?, ?, ?, '2025-03-01 08:00:00.000', '2025-03-01 08:00:00.000')
                        """, arguments: [deck.id, "guid-\(index)", "词\(index)", kind.rawValue])
                let noteID = db.lastInsertedRowID
                for type in CardType.allCases {
                    for state in CardState.Kind.allCases {
                        try db.execute(
                            sql: """
                                INSERT INTO card (note_id, type, state, due) VALUES (?, ?, ?, '2025-03-01 08:00:00.000')
                                """, arguments: [noteID, type.rawValue, state.rawValue])
                        try db.execute(sql: "DELETE FROM card WHERE id = ?", arguments: [db.lastInsertedRowID])
                    }
                }
            }
        }
    }

    @Test("the CHECKs are on outside an import: a kind the schema does not list is refused")
    func checksAreOn() throws {
        let store = try TemporaryFolder().openStore()
        let deck = try store.createDeck(named: "外交", now: date("2025-03-01T08:00:00Z"))
        _ = try store.upsertNotes(
            [NoteDraft(line: 1, term: "外交")], toDeckNamed: "外交", createDeckIfMissing: false, policy: .fileImport,
            now: date("2025-03-01T08:00:00Z"))
        #expect(throws: DatabaseError.self) {
            try store.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO note (deck_id, guid, term, kind, created, modified)
                        VALUES (?, 'g', '词', 'poem', '2025-03-01 08:00:00.000', '2025-03-01 08:00:00.000')
                        """, arguments: [deck.id])
            }
        }
    }
}
