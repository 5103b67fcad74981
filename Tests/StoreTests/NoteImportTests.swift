import Foundation
import Testing
import TifaTestSupport

@testable import Store

@Suite("Importing notes from a file")
struct NoteImportTests {
    let now = date("2025-03-01T08:00:00Z")
    var later: Date { now.addingTimeInterval(3600) }

    @Test("new terms become notes with the file's GUID and a card of each of the deck's types")
    func adds() throws {
        let store = try TemporaryFolder().openStore()
        let result = try store.upsertNotes(
            [
                NoteDraft(
                    line: 1, guid: "anki-guid", term: " 同舟共济 ", pinyin: "tóng zhōu gòng jì",
                    gloss: "in the same boat", kind: .idiom, tags: ["sco"],
                    examples: [ExampleDraft(sentence: "各国要同舟共济。")]),
                NoteDraft(line: 2, term: "外交", gloss: "diplomacy"),
            ],
            toDeckNamed: "外交", createDeckIfMissing: true, policy: .fileImport, now: now)
        #expect(result.createdDeck)
        #expect(result.added.map(\.term) == ["同舟共济", "外交"])
        #expect(result.added.map(\.guid) == ["anki-guid", NoteGUID.make("外交", "外交")])
        #expect(result.cardsAdded == 4)
        let idiom = try #require(try store.noteDetails(inDeckNamed: "外交").first)
        #expect(idiom.note.kind == .idiom && idiom.note.tags == "sco" && idiom.examples.count == 1)
    }

    @Test("a line updates the note its GUID names, else the note of its term; the same note is skipped")
    func updates() throws {
        let store = try TemporaryFolder().openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        let idiom = NoteGUID.make("同舟共济", "外交")
        let result = try store.upsertNotes(
            [
                NoteDraft(line: 3, guid: idiom, term: "同舟共济", gloss: "in the same boat"),
                NoteDraft(line: 4, term: "人类命运共同体", tags: ["xi"]),
                NoteDraft(line: 5, term: "人类命运共同体", gloss: "community with a shared future for mankind"),
            ],
            toDeckNamed: "外交", createDeckIfMissing: false, policy: .fileImport, now: later)
        #expect(result.added.isEmpty)
        #expect(result.updated.map(\.term) == ["同舟共济", "人类命运共同体"])
        #expect(result.skipped == [.init(line: 5, term: "人类命运共同体", reason: .unchanged)])
        let notes = try store.noteDetails(inDeckNamed: "外交").map(\.note)
        #expect(notes[0].gloss == "in the same boat" && notes[0].modified == later)
        #expect(notes[0].pinyin == "tóng zhōu gòng jì", "a field the line leaves empty stays")
        #expect(notes[1].tags == "xi")
    }

    @Test("a GUID can rename a note's term, unless another note of the deck has the new term")
    func renames() throws {
        let store = try TemporaryFolder().openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        let idiom = NoteGUID.make("同舟共济", "外交")
        let clash = try store.upsertNotes(
            [NoteDraft(line: 7, guid: idiom, term: "人类命运共同体")],
            toDeckNamed: "外交", createDeckIfMissing: false, policy: .fileImport, now: later)
        #expect(clash.skipped == [.init(line: 7, term: "人类命运共同体", reason: .termOfAnotherNote("同舟共济"))])
        let renamed = try store.upsertNotes(
            [NoteDraft(line: 8, guid: idiom, term: "和衷共济")],
            toDeckNamed: "外交", createDeckIfMissing: false, policy: .fileImport, now: later)
        #expect(renamed.updated.map(\.term) == ["和衷共济"] && renamed.updated.first?.guid == idiom)
    }

    @Test("a GUID from another deck is no match: the note is made anew in this deck, with a GUID of its own")
    func otherDeck() throws {
        let store = try TemporaryFolder().openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        let result = try store.upsertNotes(
            [NoteDraft(line: 1, guid: NoteGUID.make("同舟共济", "外交"), term: "同舟共济")],
            toDeckNamed: "复习", createDeckIfMissing: true, policy: .fileImport, now: later)
        #expect(result.added.map(\.guid) == [NoteGUID.make("同舟共济", "复习")])
        #expect(try store.noteDetails(inDeckNamed: "外交").count == 2)
    }

    @Test("all or nothing: a line that cannot be a note leaves the deck as it was")
    func atomic() throws {
        let store = try TemporaryFolder().openStore()
        #expect(throws: StoreError.invalidNote(term: " ", reason: "the term is empty")) {
            try store.upsertNotes(
                [NoteDraft(line: 1, term: "外交"), NoteDraft(line: 2, term: " ")],
                toDeckNamed: "外交", createDeckIfMissing: true, policy: .fileImport, now: now)
        }
        #expect(try store.decks().isEmpty)
    }
}
