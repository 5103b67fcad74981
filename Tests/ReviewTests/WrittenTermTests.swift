import Foundation
import Testing
import TifaTestSupport

@testable import Review
@testable import Store

/// A sentence that writes the term otherwise than the note (full-width ５Ｇ for 5G): the place the extraction
/// recorded makes it the term's sentence, marked on the back and blanked in a cloze.
@Suite("The term as its sentence writes it")
struct WrittenTermTests {
    let now = date("2025-03-03T02:00:00Z")

    func face(span: Range<Int>?) throws -> CardFace {
        let folder = try TemporaryFolder()
        let draft = NoteDraft(
            term: "5G", pinyin: "wǔ G", gloss: "fifth-generation mobile network", kind: .term,
            examples: [ExampleDraft(sentence: "加快５Ｇ网络建设。", termSpan: span)])
        let store = try deckWith([draft], now: now, in: folder)
        let listing = try #require(try store.cards(inDeckNamed: "外交").first)
        return CardFace(listing, examples: try store.examples(forNotes: [listing.card.noteID])[listing.card.noteID] ?? [])
    }

    @Test("the recorded place is stored, and the sentence's form of the term is marked and blanked")
    func recordedPlace() throws {
        let card = try face(span: 2..<4)
        #expect(card.example?.termSpan == 2..<4)
        #expect(card.example?.writtenTerm == "５Ｇ")
        let forms = CardFace.forms(of: card.note, in: card.example)
        #expect(CardFace.blanking(forms, in: "加快５Ｇ网络建设。") == [.text("加快"), .blank(characters: 2), .text("网络建设。")])
    }

    @Test("without a recorded place only the note's own forms are the term")
    func noPlace() throws {
        let card = try face(span: nil)
        #expect(card.example?.writtenTerm == nil)
        let forms = CardFace.forms(of: card.note, in: card.example)
        #expect(CardFace.blanking(forms, in: "加快５Ｇ网络建设。") == [.text("加快５Ｇ网络建设。")])
    }

    @Test("white space cut from the front of a sentence moves the place with it; a place beyond the sentence is none")
    func trimmedSentence() throws {
        let moved = try NoteDraft(term: "5G", examples: [ExampleDraft(sentence: "  加快５Ｇ网络建设。", termSpan: 4..<6)]).validated()
        #expect(moved.examples.first?.termSpan == 2..<4)
        let outside = Example(noteID: 1, sentence: "加快", termSpan: 1..<5, added: now)
        #expect(outside.writtenTerm == nil)
    }
}
