import Foundation
import Lexicon
import Testing
import TifaTestSupport

@testable import Store

@Suite("Adding an article's notes")
struct NoteBatchTests {
    let now = date("2025-03-01T08:00:00Z")

    @Test("a batch adds notes, their sentences and a card of each enabled type, in a deck it creates")
    func addsBatch() throws {
        let store = try TemporaryFolder().openStore()
        let result = try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        #expect(result.createdDeck)
        #expect(result.added.map(\.term) == ["同舟共济", "人类命运共同体"])
        #expect(result.examplesAdded == 2)
        #expect(result.cardsAdded == 4)
        let details = try store.noteDetails(inDeckNamed: "外交")
        let idiom = try #require(details.first)
        #expect(idiom.note.traditional == "同舟共濟")
        #expect(idiom.note.kind == .idiom)
        #expect(idiom.note.classicalSource == "《孙子·九地》")
        #expect(idiom.note.tags == "diplomacy SCO_summit")
        #expect(idiom.note.guid == NoteGUID.make("同舟共济", "外交"))
        #expect(idiom.examples.map(\.sentence) == ["各国要同舟共济，共同应对挑战。"])
        #expect(idiom.examples.first?.sourceLine == 12)
        #expect(idiom.cards.map(\.type) == [.recognition, .production])
        #expect(idiom.cards.allSatisfy { $0.state == .new && $0.due == now && $0.reps == 0 && !$0.suspended })
    }

    @Test("a deck that does not exist is refused unless the batch may create it")
    func needsDeck() throws {
        let store = try TemporaryFolder().openStore()
        #expect(throws: StoreError.noDeck("外交")) {
            try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: false, policy: .extraction, now: now)
        }
        #expect(try store.decks().isEmpty)
    }

    @Test("a term the deck has gets the new article's sentence instead of a second note")
    func mergesIntoExistingNote() throws {
        let store = try TemporaryFolder().openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        try store.editGloss(
            noteID: try #require(store.noteDetails(inDeckNamed: "外交").first?.note.id),
            gloss: "in the same boat", now: now)
        let later = now.addingTimeInterval(86400)
        var second = sampleDrafts(file: "xinhua-2018-06-12.txt")
        second[0].examples = [ExampleDraft(sentence: "两国人民同舟共济。", sourceFile: "xinhua-2018-06-12.txt")]
        second[0].gloss = "the extractor's gloss"
        second[0].tags = ["idiom"]
        let result = try store.upsertNotes(second, toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: later)
        #expect(!result.createdDeck)
        #expect(result.added.isEmpty)
        #expect(result.updated.map(\.term) == ["同舟共济"])
        #expect(result.unchanged.map(\.term) == ["人类命运共同体"])
        #expect(result.examplesAdded == 1)
        #expect(result.cardsAdded == 0)
        let idiom = try #require(store.noteDetails(inDeckNamed: "外交").first)
        #expect(idiom.examples.map(\.sentence) == ["各国要同舟共济，共同应对挑战。", "两国人民同舟共济。"])
        #expect(idiom.note.gloss == "in the same boat")
        #expect(idiom.note.tags == "diplomacy SCO_summit idiom")
        #expect(idiom.note.modified == later)
        #expect(idiom.cards.count == 2)
        #expect(try store.fetchInt("SELECT COUNT(*) FROM note") == 2)
    }

    @Test("running the same article twice changes nothing")
    func isIdempotent() throws {
        let store = try TemporaryFolder().openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        let again = try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        #expect(again.unchanged.count == 2 && again.added.isEmpty && again.updated.isEmpty)
        #expect(try store.fetchInt("SELECT COUNT(*) FROM example") == 2)
        #expect(try store.fetchInt("SELECT COUNT(*) FROM card") == 4)
    }

    @Test("the same term twice in one batch makes one note with both sentences")
    func mergesWithinBatch() throws {
        let store = try TemporaryFolder().openStore()
        let drafts = [
            NoteDraft(term: "外交", examples: [ExampleDraft(sentence: "第一句。")]),
            NoteDraft(term: "外交", gloss: "diplomacy", examples: [ExampleDraft(sentence: "第二句。")]),
        ]
        let result = try store.upsertNotes(drafts, toDeckNamed: "词", createDeckIfMissing: true, policy: .extraction, now: now)
        #expect(result.added.count == 1 && result.updated.isEmpty && result.unchanged.isEmpty)
        #expect(result.added.first?.gloss == "diplomacy")
        #expect(try store.noteDetails(inDeckNamed: "词").first?.examples.count == 2)
    }

    @Test("a batch with one bad note leaves nothing behind, not even the deck it would have created")
    func failingNoteRollsBack() throws {
        let store = try TemporaryFolder().openStore()
        var drafts = sampleDrafts()
        drafts.append(NoteDraft(term: "  "))
        #expect(throws: StoreError.invalidNote(term: "  ", reason: "the term is empty")) {
            try store.upsertNotes(drafts, toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        }
        for table in ["deck", "note", "example", "card"] {
            #expect(try store.fetchInt("SELECT COUNT(*) FROM \(table)") == 0)
        }
    }

    @Test("a note that fails inside the transaction rolls back the notes before it")
    func databaseFailureRollsBack() throws {
        let store = try TemporaryFolder().openStore()
        try store.createDeck(named: "外交", now: now)
        // The database itself refuses the second note, after the first is written.
        try store.execute(
            """
            CREATE TEMP TRIGGER refuse_second BEFORE INSERT ON note WHEN NEW.term = '人类命运共同体'
            BEGIN SELECT RAISE(ABORT, 'refused by test'); END
            """)
        #expect(throws: (any Error).self) {
            try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: false, policy: .extraction, now: now)
        }
        for table in ["note", "example", "card"] {
            #expect(try store.fetchInt("SELECT COUNT(*) FROM \(table)") == 0)
        }
    }

    @Test("GUIDs are genanki's guid_for(term, deck), and stay unique when a renamed deck's name comes back")
    func makesGUIDs() throws {
        // From Python: genanki.guid_for("同舟共济", "外交") and guid_for("a", "b").
        #expect(NoteGUID.make("同舟共济", "外交") == "sw.h4i6Mw~")
        #expect(NoteGUID.make("人类命运共同体", "外交") == "<@DDKLoj6")
        #expect(NoteGUID.make("a", "b") == "q/([o$8RAO")

        let store = try TemporaryFolder().openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        try store.renameDeck("外交", to: "旧外交")
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        #expect(try store.fetchInt("SELECT COUNT(DISTINCT guid) FROM note") == 4)
    }

    @Test("SHA-256 agrees with the standard's test vectors")
    func hashes() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(
            hex(SHA256.hash(Array("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            hex(SHA256.hash([UInt8]()))
                == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            hex(SHA256.hash(Array(String(repeating: "同舟共济", count: 40).utf8)))
                == "8f3f172172f2af9523713f82b1078ddc82b41545cf6df0a376ea9cad29a6dd45")
    }

    @Test("editing a gloss and deleting a note")
    func editsAndDeletes() throws {
        let store = try TemporaryFolder().openStore()
        let result = try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        let id = try #require(result.added.first?.id)
        let later = now.addingTimeInterval(60)
        let edited = try store.editGloss(noteID: id, gloss: " in the same boat ", now: later)
        #expect(edited.gloss == "in the same boat" && edited.modified == later)
        #expect(try store.note(id: id) == edited)
        #expect(throws: StoreError.noNote(999)) { try store.editGloss(noteID: 999, gloss: "x", now: later) }
        try store.deleteNote(id: id)
        #expect(try store.fetchInt("SELECT COUNT(*) FROM card") == 2)
        #expect(try store.fetchInt("SELECT COUNT(*) FROM example") == 1)
        #expect(throws: StoreError.noNote(id)) { try store.deleteNote(id: id) }
    }

    @Test("the schema accepts every note kind and every card type")
    func schemaAcceptsEveryKind() throws {
        let store = try TemporaryFolder().openStore()
        try store.createDeck(named: "外交", now: now)
        try store.updateDeckSettings(named: "外交", DeckSettingsChange(cardTypes: CardType.allCases), now: now)
        let drafts = NoteKind.allCases.map { NoteDraft(term: "词\($0.rawValue)", kind: $0) }
        let result = try store.upsertNotes(drafts, toDeckNamed: "外交", createDeckIfMissing: false, policy: .extraction, now: now)
        #expect(result.added.map(\.kind) == NoteKind.allCases)
        #expect(result.cardsAdded == NoteKind.allCases.count * CardType.allCases.count)
    }

    @Test("a batch's new cards are numbered note by note, each note's in the deck's order of types, after the cards there were")
    func numbersNewCardsNoteByNote() throws {
        let store = try TemporaryFolder().openStore()
        try store.createDeck(named: "外交", now: now)
        try store.updateDeckSettings(named: "外交", DeckSettingsChange(cardTypes: [.production, .cloze]), now: now)
        try store.upsertNotes([NoteDraft(term: "外交")], toDeckNamed: "外交", createDeckIfMissing: false, policy: .extraction, now: now)
        let later = now.addingTimeInterval(60)
        // The second 发展 updates the note the batch added; the existing 外交 is updated, not given new cards.
        let drafts = ["发展", "外交", "合作", "发展"].map { NoteDraft(term: $0, gloss: "g \($0)") }
        let result = try store.upsertNotes(drafts, toDeckNamed: "外交", createDeckIfMissing: false, policy: .extraction, now: later)
        #expect(result.cardsAdded == 4)
        let cards = try store.cards(inDeckNamed: "外交").map { listing in
            "\(listing.card.id ?? 0) \(listing.note.term) \(listing.card.type.rawValue) \(listing.card.due == later)"
        }
        #expect(
            cards == [
                "1 外交 production false", "2 外交 cloze false", "3 发展 production true", "4 发展 cloze true",
                "5 合作 production true", "6 合作 cloze true",
            ])
        #expect(try store.cards(inDeckNamed: "外交").allSatisfy { $0.card.state == .new && $0.card.reps == 0 })
    }
}
