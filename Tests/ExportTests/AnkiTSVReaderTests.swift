import Export
import Foundation
import Store
import Testing
import TifaTestSupport

@Suite("Reading Anki text files")
struct AnkiTSVReaderTests {
    let reader = AnkiTSVReader()

    @Test("Tifa's own exports, Basic and --fields, read back as the deck's notes: importing them changes nothing")
    func ownExportsRoundTrip() throws {
        let folder = try TemporaryFolder()
        let store = try FixedDeck.store(in: folder)
        let decks = try DeckContent.read(["外交"], from: store)
        for tsv in [AnkiTSV(), AnkiTSV(fields: AnkiField.tifaNoteType)] {
            let contents = try reader.read(tsv.text(decks), path: "export.tsv")
            #expect(contents.notes.map(\.term) == ["同舟共济", "人类命运共同体", "一带一路", "脱贫攻坚"])
            #expect(contents.notes.map(\.guid) == decks[0].notes.map(\.note.guid))
            let result = try store.upsertNotes(
                contents.notes, toDeckNamed: "外交", createDeckIfMissing: false, policy: .fileImport,
                now: FixedDeck.now.addingTimeInterval(60))
            #expect(result.added.isEmpty && result.updated.isEmpty)
            #expect(result.skipped.map(\.reason) == Array(repeating: .unchanged, count: 4))
        }
    }

    @Test("the parts of a note come back: gloss with its tab, sentences, classical source, kind from the tag")
    func fieldsComeBack() throws {
        let folder = try TemporaryFolder()
        let store = try FixedDeck.store(in: folder)
        let text = AnkiTSV().text(try DeckContent.read(["外交"], from: store))
        let idiom = try #require(try reader.read(text, path: "x").notes.first)
        #expect(idiom.gloss == "to pull together in times of trouble\t(in the same boat)")
        #expect(idiom.pinyin == "tóngzhōu gòngjì")
        #expect(idiom.kind == .idiom)
        #expect(idiom.classicalSource == "《孙子·九地》")
        #expect(idiom.examples.map(\.sentence) == ["各国要同舟共济，共同应对挑战。", "两国人民同舟共济。"])
        #expect(idiom.tags == ["diplomacy"])
    }

    @Test("a two-column list: term and meaning, comma or tab, no headers")
    func twoColumns() throws {
        let comma = try reader.read(
            "脱贫攻坚,the battle against poverty\n小康社会,\"prosperous, in all respects\"\n",
            path: "words.csv")
        #expect(comma.notes.map(\.term) == ["脱贫攻坚", "小康社会"])
        #expect(comma.notes.map(\.gloss) == ["the battle against poverty", "prosperous, in all respects"])
        let tab = try reader.read("外交\tdiplomacy\textra\n\tno term\n", path: "words.txt")
        #expect(tab.notes.map(\.term) == ["外交"])
        #expect(tab.skipped.map(\.line) == [2])
        #expect(tab.ignoredColumns == ["column 3"])
    }

    @Test("Anki's own export of the note type Tifa maps its columns by position")
    func ankisOwnExport() throws {
        let text =
            "#separator:tab\n#html:true\n#guid column:1\n#notetype column:2\n#tags column:11\n"
            + "abc\tTifa\t精准扶贫\t\tjīng zhǔn fú pín\ttargeted poverty alleviation\tterm\t\t\t\ttifa::term\n"
        let note = try #require(try reader.read(text, path: "anki.txt").notes.first)
        #expect(
            note
                == NoteDraft(
                    line: 6, guid: "abc", term: "精准扶贫", pinyin: "jīng zhǔn fú pín",
                    gloss: "targeted poverty alleviation", kind: .term))
    }

    @Test("a malformed file is refused with the line at fault")
    func malformed() {
        let cases: [(String, AnkiFileError)] = [
            // With a header the file is CSV as Anki reads it; a headerless two-column list is a person's (PlainList).
            ("#separator:tab\na\tb\n\"open\tc\n", .unterminatedQuote("f", line: 3)),
            ("#separator:tab\n#columns:Hanzi\tMeaning\n外交\tdiplomacy\tthird\n", .tooManyColumns("f", line: 3, found: 3, named: 2)),
            ("#columns:Hanzi\tKind\n外交\tterm\n同舟共济\tproverb\n", .unknownKind("f", line: 3, value: "proverb")),
            ("#columns:Pinyin\tMeaning\nwài jiāo\tdiplomacy\n", .noTermColumn("f", line: 1)),
            ("#html:true\n外交<br>二\tdiplomacy\n", .termWithLineBreak("f", line: 2, term: "外交\n二")),
            ("#separator:slash\n外交/diplomacy\n", .unknownSeparator("f", line: 1, value: "slash")),
            ("", .emptyFile("f")),
        ]
        for (text, error) in cases {
            #expect(throws: error) { try reader.read(text, path: "f") }
        }
        #expect(throws: AnkiFileError.notUTF8("f", line: 2)) {
            try reader.read(Data("外交\tdiplomacy\n".utf8) + Data([0xFF, 0xFE, 0x0A]), path: "f")
        }
        #expect(
            AnkiFileError.tooManyColumns("f", line: 3, found: 3, named: 2).localizedDescription
                == "'f' line 3 has 3 columns but #columns: names 2; quote a field that holds a tab, or name every column; nothing was imported")
    }
}

@Suite("A person's plain list")
struct PlainListTests {
    @Test("a headerless two-column list whose gloss opens with a quotation mark keeps the quotes as written")
    func glossWithQuotes() throws {
        let text = "三公经费\t\"three public expenditures\" of the PRC\n同舟共济\tto pull together\n"
        let contents = try AnkiTSVReader().read(text, path: "words.txt")
        #expect(contents.isPlainList)
        #expect(contents.notes.map(\.term) == ["三公经费", "同舟共济"])
        #expect(contents.notes.first?.gloss == "\"three public expenditures\" of the PRC")
    }

    @Test("a file with a header, or more than two columns, is still read as CSV")
    func csvStillCSV() throws {
        let quoted = try AnkiTSVReader().read("#separator:tab\n三公经费\t\"three, public\"\n", path: "a.txt")
        #expect(quoted.notes.first?.gloss == "three, public")
        #expect(!quoted.isPlainList)
        let threeColumns = try AnkiTSVReader().read("a,\"b, c\",d\n", path: "b.txt")
        #expect(threeColumns.notes.first?.gloss == "b, c")
    }
}
