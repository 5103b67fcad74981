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
        return try writeImport { db in
            let (deck, createdDeck) = try Self.deck(db, named: deckName, creatingIfMissing: createDeckIfMissing, now: now)
            let deckID = deck.id ?? 0
            var result = NoteImportResult(deck: deck, createdDeck: createdDeck, added: [], updated: [], skipped: [],
                                          cardsAdded: 0)
            var index = try ImportIndex(db, cards: false)
            // Where a note stands in `added` or `updated`: a note met twice in one file is listed once.
            var addedAt: [Int64: Int] = [:]
            var updatedAt: [Int64: Int] = [:]
            for row in imports {
                let (byGUID, byTerm) = try index.notes(db, deckID: deckID, guid: row.guid, term: row.term)
                if var note = byGUID ?? byTerm, let id = note.id {
                    if let other = byTerm, other.id != id {
                        result.skipped.append(.init(line: row.line, term: row.term,
                                                    reason: .termOfAnotherNote(note.term)))
                        continue
                    }
                    let old = note
                    let examples = try Self.insertExamples(db, row.examples, noteID: id, now: now)
                    if note.take(row) || examples > 0 {
                        note.modified = now
                        try note.update(db)
                        index.record(note, replacing: old)
                        if let position = addedAt[id] {
                            result.added[position] = note
                        } else if let position = updatedAt[id] {
                            result.updated[position] = note
                        } else {
                            updatedAt[id] = result.updated.count
                            result.updated.append(note)
                        }
                    } else {
                        result.skipped.append(.init(line: row.line, term: row.term, reason: .unchanged))
                    }
                } else {
                    let guid = row.guid.flatMap { index.isTaken(guid: $0) ? nil : $0 }
                        ?? Self.unusedGUID(term: row.term, deck: deck, isTaken: index.isTaken)
                    var note = Note(deckID: deckID, guid: guid, term: row.term, created: now, modified: now)
                    _ = note.take(row)
                    note = try note.insertedByStatement(db)
                    index.record(note)
                    let id = note.id ?? 0
                    _ = try Self.insertExamples(db, row.examples, noteID: id, now: now)
                    result.cardsAdded += try Self.insertNewCards(db, noteID: id, types: deck.cardTypes, now: now)
                    addedAt[id] = result.added.count
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
            guard let value = value?.trimmedOfWhitespace, !value.isEmpty else { return nil }
            return value
        }
        var row = self
        row.term = term.trimmedOfWhitespace
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
