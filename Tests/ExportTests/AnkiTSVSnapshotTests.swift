import Export
import Foundation
import Store
import Testing
import TifaTestSupport

/// The exported TSV of a small fixed deck, byte for byte. The golden files in Golden/ were read by hand against
/// Anki's reader rules (`../shared/reference/anki-import.md`); `TIFA_RECORD_SNAPSHOTS=1 swift test --filter
/// AnkiTSVSnapshotTests` writes them anew, and the diff is to be read before it is committed.
@Suite("Anki TSV snapshots")
struct AnkiTSVSnapshotTests {
    @Test("Basic: Front is the term, Back pinyin, meaning, sentences and sources; GUIDs, deck and tags in headers")
    func basic() throws {
        let folder = try TemporaryFolder()
        let store = try FixedDeck.store(in: folder)
        try assertSnapshot(AnkiTSV().text(DeckContent.read(["外交"], from: store)), named: "diplomacy-basic.tsv", in: "Golden")
    }

    @Test("--fields: the chosen fields in the chosen order, named in #columns:, for the note type Tifa")
    func chosenFields() throws {
        let folder = try TemporaryFolder()
        let store = try FixedDeck.store(in: folder)
        let fields = try AnkiField.parseList("Hanzi,Traditional,Pinyin,Meaning,Example,Source,Notes")
        try assertSnapshot(
            AnkiTSV(fields: fields).text(DeckContent.read(["外交"], from: store)),
            named: "diplomacy-fields.tsv", in: "Golden")
    }

    @Test("several decks: a deck column, the parent deck's rows first whatever the order asked")
    func severalDecks() throws {
        let folder = try TemporaryFolder()
        let store = try FixedDeck.store(in: folder)
        try assertSnapshot(
            AnkiTSV().text(DeckContent.read(["外交::上合", "外交"], from: store)), named: "two-decks.tsv",
            in: "Golden")
    }

    @Test("an unknown or repeated field is refused, naming it")
    func badFields() {
        #expect(throws: AnkiFileError.unknownField("Audio")) { try AnkiField.parseList("Hanzi,Audio") }
        #expect(throws: AnkiFileError.repeatedField("Pinyin")) { try AnkiField.parseList("pinyin,Hanzi,Pinyin") }
        #expect(AnkiFileError.unknownField("Audio").localizedDescription.contains("Hanzi, Traditional, Pinyin"))
    }
}
