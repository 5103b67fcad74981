import Foundation
import GRDB

// Notes in, from an article or from another program's file: added, or merged into the note of the deck they name.
extension DeckStore {
    /// Adds or updates notes in ONE transaction: all of them or, if any fails, none.
    ///
    /// Each draft is matched to a note of the deck by its GUID (when `policy.matchesGUID`), then by its term. A
    /// match takes the draft's new sentences (each sentence once), its tags, and its fields as `policy.fields` says;
    /// a draft that would change nothing is listed as skipped. A draft whose GUID names a note while its term is
    /// another note's is skipped. Without a match a new note is made, with a card of each of the deck's card
    /// types, new and due from `now`; it keeps the draft's GUID unless another note has it, else takes genanki's
    /// `guid_for(term, deck name)`.
    @discardableResult
    public func upsertNotes(
        _ drafts: [NoteDraft], toDeckNamed deckName: String, createDeckIfMissing: Bool,
        policy: NoteMergePolicy, now: Date
    ) throws -> NoteUpsertResult {
        let drafts = try drafts.map { try $0.validated() }
        return try writeImport { db in
            let (deck, createdDeck) = try Self.deck(db, named: deckName, creatingIfMissing: createDeckIfMissing, now: now)
            // The schema's CHECKs of the notes, examples and cards written below are left out: SQLite builds a
            // table of a CHECK's `IN` list for every row it inserts (a quarter of a 50,000-note import's
            // instructions), and what they check is already so: the terms and sentences are validated drafts',
            // not empty; kinds, card types and states are the Swift enums' raw values, which
            // `SchemaCheckTests` holds to the schema's lists. The deck above was written with them.
            try db.execute(sql: "PRAGMA ignore_check_constraints = ON")
            defer { try? db.execute(sql: "PRAGMA ignore_check_constraints = OFF") }
            var tally = NoteUpsertTally(deck: deck, createdDeck: createdDeck)
            var index = try ImportIndex(db, cards: false)
            // The new notes' cards are written together once the notes are: no draft's upsert reads cards.
            var addedNoteIDs: [Int64] = []
            for draft in drafts {
                let outcome = try Self.upsert(db, draft, deck: deck, policy: policy, index: &index, now: now)
                var cardsAdded = 0
                if case let .added(note, _) = outcome, let id = note.id {
                    addedNoteIDs.append(id)
                    cardsAdded = deck.cardTypes.count
                }
                tally.record(outcome, of: draft, cardsAdded: cardsAdded)
            }
            try Self.insertNewCards(db, noteIDs: addedNoteIDs, types: deck.cardTypes, now: now)
            return tally.result
        }
    }

    /// One validated draft, added to the deck or merged into the note it names; the note's cards are the caller's.
    static func upsert(
        _ db: Database, _ draft: NoteDraft, deck: Deck, policy: NoteMergePolicy,
        index: inout ImportIndex, now: Date
    ) throws -> NoteUpsertOutcome {
        let deckID = deck.id ?? 0
        let (byGUID, byTerm) = try index.notes(
            db, deckID: deckID, guid: policy.matchesGUID ? draft.guid : nil,
            term: draft.term)
        if var note = byGUID ?? byTerm, let id = note.id {
            if let other = byTerm, other.id != id { return .skipped(.termOfAnotherNote(note.term)) }
            let old = note
            let examples = try insertExamples(db, draft.examples, noteID: id, now: now)
            guard note.merge(draft, fields: policy.fields) || examples > 0 else { return .unchanged(note) }
            note.modified = now
            try note.update(db)
            index.record(note, replacing: old)
            return .updated(note, examplesAdded: examples)
        }
        let guid =
            draft.guid.flatMap { index.isTaken(guid: $0) ? nil : $0 }
            ?? unusedGUID(term: draft.term, deck: deck, isTaken: index.isTaken)
        var note = Note(deckID: deckID, guid: guid, term: draft.term, created: now, modified: now)
        _ = note.merge(draft, fields: .overwrite)
        note = try note.insertedByStatement(db)
        index.record(note)
        let examples = try insertExamples(db, draft.examples, noteID: note.id ?? 0, now: now)
        return .added(note, examplesAdded: examples)
    }
}
