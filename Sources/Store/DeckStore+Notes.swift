import Foundation
import GRDB

// Notes: edit, delete, read with their sentences and cards (`DeckStore+Upsert` adds and merges them).
extension DeckStore {
    /// The deck named so, made now when it is missing and `creatingIfMissing`; and whether it was made.
    static func deck(_ db: Database, named name: String, creatingIfMissing: Bool, now: Date) throws -> (Deck, created: Bool) {
        do {
            return (try fetchDeck(db, named: name), false)
        } catch StoreError.noDeck where creatingIfMissing {
            return (try insertDeck(db, named: name, now: now), true)
        }
    }

    /// Replaces a note's gloss (its English meaning).
    @discardableResult
    public func editGloss(noteID: Int64, gloss: String, now: Date) throws -> Note {
        try write { db in
            guard var note = try Note.fetchOne(db, key: noteID) else { throw StoreError.noNote(noteID) }
            note.gloss = gloss.trimmingCharacters(in: .whitespacesAndNewlines)
            note.modified = now
            try note.update(db)
            return note
        }
    }

    /// Deletes a note with its sentences, cards and their review history.
    func deleteNote(id: Int64) throws {
        try write { db in
            guard try Note.deleteOne(db, key: id) else { throw StoreError.noNote(id) }
        }
    }

    /// The note with this id.
    public func note(id: Int64) throws -> Note {
        try read { db in
            guard let note = try Note.fetchOne(db, key: id) else { throw StoreError.noNote(id) }
            return note
        }
    }

    /// A deck's notes in the order they were added, each with its sentences and cards: what an exporter writes.
    public func noteDetails(inDeckNamed deckName: String) throws -> [NoteDetail] {
        try read { db in
            let deck = try Self.fetchDeck(db, named: deckName)
            return try Note.filter(Note.Columns.deckID == deck.id)
                .including(all: Note.examples.order(Example.Columns.id))
                .including(all: Note.cards.order(Card.Columns.id))
                .order(Note.Columns.id)
                .asRequest(of: NoteDetail.self)
                .fetchAll(db)
        }
    }

    /// The sentences of some notes, by note id, oldest first: what a review shows with its card.
    public func examples(forNotes noteIDs: [Int64]) throws -> [Int64: [Example]] {
        try read { db in
            let examples = try Example.filter(noteIDs.contains(Example.Columns.noteID))
                .order(Example.Columns.id).fetchAll(db)
            return Dictionary(grouping: examples, by: \.noteID)
        }
    }

    // MARK: - Inside a transaction

    /// Inserts the sentences the note does not have yet; returns how many.
    static func insertExamples(_ db: Database, _ drafts: [ExampleDraft], noteID: Int64, now: Date) throws -> Int {
        var count = 0
        let exists = try db.cachedStatement(sql: "SELECT EXISTS (SELECT 1 FROM example WHERE note_id = ? AND sentence = ?)")
        for draft in drafts {
            if try Bool.fetchOne(exists, arguments: [noteID, draft.sentence]) == true { continue }
            _ = try Example(
                noteID: noteID, sentence: draft.sentence, sourceTitle: draft.sourceTitle,
                sourceFile: draft.sourceFile, sourceDate: draft.sourceDate, sourceLine: draft.sourceLine,
                termSpan: draft.termSpan, added: now
            ).inserted(db)
            count += 1
        }
        return count
    }

    /// genanki's `guid_for(term, deck name)`; should another note hold it already (a renamed deck, say),
    /// the deck's id is hashed in as well. `isTaken` says whether a GUID is in use (an import asks its `ImportIndex`).
    static func unusedGUID(term: String, deck: Deck, isTaken: (String) throws -> Bool) rethrows -> String {
        var values = [term, deck.name]
        var guid = NoteGUID.make(values)
        while try isTaken(guid) {
            values.append(String(deck.id ?? 0))
            guid = NoteGUID.make(values)
        }
        return guid
    }
}

/// A note with its example sentences and cards.
public struct NoteDetail: Decodable, Equatable, Sendable, FetchableRecord {
    public var note: Note
    public var examples: [Example]
    public var cards: [Card]
}
