import Foundation
import GRDB

// Imports: notes read from another program's file, added or updated in one transaction.
extension DeckStore {
    /// Adds or updates the notes of one file in ONE transaction: all of them or, if any fails, none.
    ///
    /// Each note is matched to a note of the deck by its GUID, then by its term. A match takes the import's
    /// non-nil fields, its tags (added to the note's) and its new sentences; a note that would not change is skipped.
    /// Without a match a new note is made, with a card of each of the deck's card types, new and due from `now`;
    /// it keeps the imported GUID unless another note has it. A GUID of a note in another deck is not a match.
    public func importNotes(_ imports: [NoteImport], toDeckNamed deckName: String, createDeckIfMissing: Bool,
                            now: Date) throws -> NoteImportResult {
        let imports = try imports.map { try $0.validated() }
        return try write { db in
            let (deck, createdDeck) = try Self.deck(db, named: deckName, creatingIfMissing: createDeckIfMissing, now: now)
            var result = NoteImportResult(deck: deck, createdDeck: createdDeck, added: [], updated: [], skipped: [],
                                          cardsAdded: 0)
            for row in imports {
                let byGUID = try row.guid.flatMap { guid in
                    try Note.filter(Note.Columns.guid == guid && Note.Columns.deckID == deck.id).fetchOne(db)
                }
                let byTerm = try Note.fetchOne(
                    db.cachedStatement(sql: "SELECT * FROM note WHERE deck_id = ? AND term = ?"), arguments: [deck.id, row.term])
                if var note = byGUID ?? byTerm {
                    if let other = byTerm, other.id != note.id {
                        result.skipped.append(.init(line: row.line, term: row.term,
                                                    reason: .termOfAnotherNote(note.term)))
                        continue
                    }
                    let examples = try Self.insertExamples(db, row.examples, noteID: note.id!, now: now)
                    if note.take(row) || examples > 0 {
                        note.modified = now
                        try note.update(db)
                        // A note met twice in one file is listed once, under its latest state.
                        if let index = result.added.firstIndex(where: { $0.id == note.id }) {
                            result.added[index] = note
                        } else {
                            result.updated.removeAll { $0.id == note.id }
                            result.updated.append(note)
                        }
                    } else {
                        result.skipped.append(.init(line: row.line, term: row.term, reason: .unchanged))
                    }
                } else {
                    let guidIsFree = try row.guid.map { try Note.filter(Note.Columns.guid == $0).fetchCount(db) == 0 }
                    let guid = try row.guid.flatMap { guidIsFree == true ? $0 : nil }
                        ?? Self.unusedGUID(db, term: row.term, deck: deck)
                    var note = Note(deckID: deck.id!, guid: guid, term: row.term, created: now, modified: now)
                    _ = note.take(row)
                    note = try note.inserted(db)
                    _ = try Self.insertExamples(db, row.examples, noteID: note.id!, now: now)
                    result.cardsAdded += try Self.insertMissingCards(db, for: note, types: deck.cardTypes, now: now)
                    result.added.append(note)
                }
            }
            return result
        }
    }
}

extension NoteImport {
    /// The import with whitespace trimmed and empty values taken as absent, or why it cannot become a note.
    func validated() throws -> NoteImport {
        func cleaned(_ value: String?) -> String? {
            guard let value = value?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else { return nil }
            return value
        }
        var row = self
        row.term = term.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !row.term.isEmpty else { throw StoreError.invalidNote(term: term, reason: "the term is empty") }
        guard !row.term.contains(where: \.isNewline) else {
            throw StoreError.invalidNote(term: term, reason: "the term has a line break")
        }
        row.guid = cleaned(guid)
        row.traditional = cleaned(traditional)
        row.pinyin = cleaned(pinyin)
        row.gloss = cleaned(gloss)
        row.classicalSource = cleaned(classicalSource)
        row.notes = cleaned(notes)
        row.examples = try NoteDraft(term: row.term, examples: examples).validated().examples
        return row
    }
}

extension Note {
    /// Takes an import's term, fields and tags. Returns whether anything changed.
    mutating func take(_ row: NoteImport) -> Bool {
        let before = self
        term = row.term
        if let value = row.traditional { traditional = value }
        if let value = row.pinyin { pinyin = value }
        if let value = row.gloss { gloss = value }
        if let value = row.kind { kind = value }
        if let value = row.classicalSource { classicalSource = value }
        if let value = row.notes { notes = value }
        tags = Note.joinTags(tagList + row.tags)
        return self != before
    }
}
