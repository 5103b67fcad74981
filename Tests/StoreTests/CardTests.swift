import Foundation
import Testing
import TifaTestSupport

@testable import Store

@Suite("Cards")
struct CardTests {
    let now = date("2025-03-01T08:00:00Z")

    func storeWithCards() throws -> (TemporaryFolder, DeckStore) {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        try store.upsertNotes(sampleDrafts(), toDeckNamed: "外交", createDeckIfMissing: true, policy: .extraction, now: now)
        try store.upsertNotes(
            [NoteDraft(term: "脱贫攻坚", pinyin: "tuō pín gōng jiān", gloss: "the battle against poverty")],
            toDeckNamed: "扶贫", createDeckIfMissing: true, policy: .extraction, now: now)
        return (folder, store)
    }

    @Test("cards list per deck or for all decks, with their notes")
    func lists() throws {
        let (_, store) = try storeWithCards()
        let diplomacy = try store.cards(inDeckNamed: "外交")
        #expect(diplomacy.map(\.note.term) == ["同舟共济", "同舟共济", "人类命运共同体", "人类命运共同体"])
        #expect(diplomacy.map(\.card.type) == [.recognition, .production, .recognition, .production])
        #expect(try store.cards(inDeckNamed: nil).count == 6)
        #expect(throws: StoreError.noDeck("无")) { try store.cards(inDeckNamed: "无") }
        let first = try #require(diplomacy.first)
        #expect(try store.card(id: first.card.id!) == first)
        #expect(throws: StoreError.noCard(999)) { try store.card(id: 999) }
    }

    @Test("search finds the term, the traditional form, pinyin with or without tones, and the gloss")
    func searches() throws {
        let (_, store) = try storeWithCards()
        func terms(_ text: String, in deck: String? = nil) throws -> Set<String> {
            Set(try store.searchCards(text, inDeckNamed: deck).map(\.note.term))
        }
        #expect(try terms("同舟") == ["同舟共济"])
        #expect(try terms("同舟共濟") == ["同舟共济"])
        #expect(try terms("tóng zhōu") == ["同舟共济"])
        #expect(try terms("tongzhou") == ["同舟共济"])
        #expect(try terms("tong2 zhou1") == ["同舟共济"])
        #expect(try terms("gong") == ["同舟共济", "人类命运共同体", "脱贫攻坚"])
        #expect(try terms("gong", in: "外交") == ["同舟共济", "人类命运共同体"])
        #expect(try terms("SHARED FUTURE") == ["人类命运共同体"])
        #expect(try terms("%") == [])
        #expect(try terms("  ") == [])
        #expect(try store.searchCards("同舟").count == 2)
    }

    @Test("suspend and unsuspend by id or by term, all or none")
    func suspends() throws {
        let (_, store) = try storeWithCards()
        let cards = try store.cards(inDeckNamed: "外交")
        let suspended = try store.setSuspended(true, [.term("同舟共济", deck: "外交"), .id(cards[2].card.id!)])
        #expect(suspended.count == 3 && suspended.allSatisfy(\.suspended))
        #expect(try store.cards(inDeckNamed: "外交").map(\.card.suspended) == [true, true, true, false])
        #expect(throws: StoreError.noCard(999)) { try store.setSuspended(false, [.id(cards[0].card.id!), .id(999)]) }
        #expect(try store.cards(inDeckNamed: "外交").map(\.card.suspended) == [true, true, true, false])
        #expect(throws: StoreError.noTerm("和平", deck: "外交")) { try store.setSuspended(true, [.term("和平", deck: "外交")]) }
        try store.setSuspended(false, [.term("同舟共济", deck: "外交")])
        #expect(try store.cards(inDeckNamed: "外交").map(\.card.suspended) == [false, false, true, false])
    }

    @Test("a card selector is an id when it is a number, a term within a deck otherwise")
    func parsesSelectors() {
        #expect(CardSelector.parse("42", deck: nil) == .id(42))
        #expect(CardSelector.parse("同舟共济", deck: "外交") == .term("同舟共济", deck: "外交"))
        #expect(CardSelector.parse("同舟共济", deck: nil) == nil)
    }

    @Test("buried cards wait until the moment given")
    func buries() throws {
        let (_, store) = try storeWithCards()
        let cards = try store.cards(inDeckNamed: "外交")
        let until = now.addingTimeInterval(86400)
        try store.bury(cardIDs: [cards[0].card.id!], until: until)
        #expect(try store.card(id: cards[0].card.id!).card.buriedUntil == until)
        #expect(try store.card(id: cards[0].card.id!).card.isBuried(at: now))
        let due = try store.dueCards(inDeckNamed: "外交", now: now, timeZone: utc)
        #expect(!due.new.contains { $0.card.id == cards[0].card.id })
        #expect(try store.dueCards(inDeckNamed: "外交", now: until, timeZone: utc).new.contains { $0.card.id == cards[0].card.id })
        try store.bury(cardIDs: [cards[0].card.id!], until: nil)
        #expect(try store.card(id: cards[0].card.id!).card.buriedUntil == nil)
        #expect(throws: StoreError.noCard(999)) { try store.bury(cardIDs: [999], until: until) }
    }

    @Test("deleting a note's last card deletes the note; deleting by term deletes the note")
    func deletes() throws {
        let (_, store) = try storeWithCards()
        let cards = try store.cards(inDeckNamed: "外交")
        #expect(try store.deleteCards([.id(cards[0].card.id!)]) == CardDeletion(cards: 1, notes: 0))
        #expect(try store.deleteCards([.id(cards[1].card.id!)]) == CardDeletion(cards: 1, notes: 1))
        #expect(
            try store.deleteCards([.term("人类命运共同体", deck: "外交"), .id(cards[2].card.id!)])
                == CardDeletion(cards: 2, notes: 1))
        #expect(try store.noteDetails(inDeckNamed: "外交").isEmpty)
        #expect(try store.fetchInt("SELECT COUNT(*) FROM example") == 0)
        #expect(throws: StoreError.noCard(cards[0].card.id!)) { try store.deleteCards([.id(cards[0].card.id!)]) }
    }
}
