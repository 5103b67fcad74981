import ConsoleText
import Foundation
import Lexicon
import Scheduler
import Store
import Testing
import TifaTestSupport

@testable import Review

@Suite("Laying out the card screen")
struct LayoutTests {
    @Test("East Asian wide characters take two columns, combining marks none")
    func widths() {
        #expect(DisplayWidth.of("同舟共济") == 8)
        #expect(DisplayWidth.of("《孙子·九地》") == 13)  // the middle dot is one column
        #expect(DisplayWidth.of("tóng zhōu") == 9)
        #expect(DisplayWidth.of("m\u{0304}") == 1)
        #expect(DisplayWidth.of("，。") == 4)
    }

    @Test("wrapping breaks English at spaces and Chinese between characters, never before closing punctuation")
    func wrapping() {
        let english = TextWrap.wrap(StyledLine("community with a shared future for mankind"), width: 20)
        #expect(english.map(\.plain) == ["community with a", "shared future for", "mankind"])
        let chinese = TextWrap.wrap(StyledLine("各国要同舟共济，共同应对挑战。"), width: 14)
        #expect(chinese.map(\.plain) == ["各国要同舟共", "济，共同应对挑", "战。"])
        #expect(chinese.allSatisfy { $0.width <= 14 })
        let long = TextWrap.wrap(StyledLine("supercalifragilistic"), width: 8, indent: 2)
        #expect(long.map(\.plain) == ["  superc", "  alifra", "  gilist", "  ic"])
        #expect(TextWrap.truncate(StyledLine("王毅谈上合青岛峰会"), width: 7).plain == "王毅谈…")
    }

    func face(type: CardType = .recognition) throws -> CardFace {
        let folder = try TemporaryFolder()
        let now = date("2025-03-03T02:00:00Z")
        let store = try deckWith(diplomacyDrafts(), now: now, in: folder)
        let listing = try #require(try store.cards(inDeckNamed: "外交").first { $0.card.type == type })
        return CardFace(listing, examples: try store.examples(forNotes: [listing.card.noteID])[listing.card.noteID] ?? [])
    }

    func back(_ face: CardFace, styles: Bool = false, typed: TypedAnswer? = nil) -> CardScreen {
        let intervals: [Rating: TimeInterval] = [.again: 600, .hard: 86_400, .good: 3 * 86_400, .easy: 8 * 86_400]
        return CardScreen(
            deckName: "外交", counts: QueueCounts(new: 12, learning: 3, review: 40), elapsed: 252,
            face: face, phase: .back(intervals: intervals, typed: typed), stylesShown: styles)
    }

    @Test("the back: term, tone-coloured pinyin, gloss, kind and classical source, the sentence and its source, the intervals")
    func backOfCard() throws {
        var card = try face()
        card.example?.sourceFile = "/home/learner/articles/renmin-2018-06-11.txt"  // shown by its name alone
        let lines = back(card).lines(width: 80, height: 24).map(\.plain)
        #expect(lines[0].hasPrefix("外交"))
        #expect(lines[0].hasSuffix("12 new · 3 learning · 40 review   4:12"))
        #expect(lines.contains("  同舟共济  同舟共濟"))
        #expect(lines.contains("  tóngzhōu gòngjì"))
        #expect(lines.contains("  idiom · from 《孙子·九地》"))
        #expect(lines.contains("  各国要【同舟共济】，共同应对挑战。"))
        #expect(lines.contains("  — 王毅谈上合青岛峰会 · 2018-06-11 · renmin-2018-06-11.txt:12"))
        #expect(lines.contains("  1 Again 10m   2 Hard 1d   3 Good 3d   4 Easy 8d"))
        let coloured = back(try face(), styles: true).lines(width: 80, height: 24)
        let pinyin = try #require(coloured.first { $0.plain == "  tóngzhōu gòngjì" })
        #expect(pinyin.spans.map(\.style).filter { $0 != .plain } == [.tone(2), .tone(1), .tone(4)])
        #expect(coloured.contains { $0.plain == "  各国要同舟共济，共同应对挑战。" })
        #expect(pinyin.rendered(colour: true).contains("\u{1B}[31mzhōu\u{1B}[0m"))
    }

    /// Neighbouring syllables of one tone make one span (gòngjì).
    @Test(
        "pinyin written by words is coloured syllable by syllable",
        arguments: [
            ("tóngzhōu gòngjì", ["tóng", "zhōu", " ", "gòngjì"], [2, 1, 4]),
            ("Xī'ān", ["Xī", "'", "ān"], [1, 1]),
            ("nǚ'ér", ["nǚ", "'", "ér"], [3, 2]),
            ("yīhuìr", ["yī", "huìr"], [1, 4]),
            ("rénlèi mìngyùn gòngtóngtǐ", ["rén", "lèi", " ", "mìngyùn", " ", "gòng", "tóng", "tǐ"], [2, 4, 4, 4, 2, 3]),
            ("Shànghǎi Hézuò", ["Shàng", "hǎi", " ", "Hé", "zuò"], [4, 3, 2, 4]),
        ])
    func pinyinByWords(pinyin: String, pieces: [String], tones: [Int]) {
        let line = PinyinColours.line(pinyin)
        #expect(line.plain == pinyin)
        #expect(line.spans.map(\.text) == pieces)
        #expect(line.spans.map(\.style).filter { $0 != .plain } == tones.map { .tone($0) })
    }

    @Test(
        "at 60 columns and fewer, and on a short terminal, no line is wider than the terminal and the ratings stay",
        arguments: [60, 44, 30])
    func narrow(columns: Int) throws {
        let typed = TypedAnswer.check("tong2 zhou1 gong3 ji4", term: "同舟共济", traditional: nil, pinyin: "tóng zhōu gòng jì")
        for screen in [back(try face()), back(try face(type: .production), typed: typed)] {
            for height in [24, 12] {
                let lines = screen.lines(width: columns, height: height)
                #expect(lines.count <= height)
                #expect(lines.allSatisfy { $0.width < columns }, "\(lines.map(\.plain))")
                #expect(lines.contains { $0.plain.contains("1 Again") })
            }
        }
        var front = back(try face())
        front.phase = .front
        #expect(front.lines(width: columns, height: 24).allSatisfy { $0.width < columns })
    }

    @Test("a narrow header puts the progress on its own line")
    func narrowHeader() throws {
        var screen = back(try face())
        screen.deckName = "政治与外交词汇（二〇一八年人民日报）"
        let lines = screen.lines(width: 60, height: nil).map(\.plain)
        #expect(lines[0] == "政治与外交词汇（二〇一八年人民日报）")
        #expect(lines[1] == "12 new · 3 learning · 40 review   4:12")
    }
}

@Suite("Keys and intervals")
struct KeyAndIntervalTests {
    @Test("raw terminal bytes become keys: UTF-8 characters whole, arrows swallowed, control keys named")
    func decoding() {
        var decoder = KeyDecoder()
        #expect(decoder.keys(Array("3".utf8)) == [.character("3")])
        #expect(decoder.keys(Array("舟".utf8)) == [.character("舟")])
        #expect(decoder.keys([0x1B, 0x5B, 0x41, 0x20]) == [.other, .character(" ")])  // ↑ then Space
        #expect(decoder.keys([0x03, 0x0D, 0x7F, 0x04]) == [.interrupt, .enter, .backspace, .endOfInput])
        // A character split between two reads waits for its last byte.
        let bytes = Array("济".utf8)
        #expect(decoder.keys(Array(bytes.prefix(2))) == [])
        #expect(decoder.keys(Array(bytes.suffix(1))) == [.character("济")])
    }

    @Test("intervals as the rating buttons show them")
    func intervals() {
        #expect(IntervalText.short(30) == "<1m")
        #expect(IntervalText.short(600) == "10m")
        #expect(IntervalText.short(5 * 3600) == "5h")
        #expect(IntervalText.short(3 * 86_400) == "3d")
        #expect(IntervalText.short(45 * 86_400) == "1.5mo")
        #expect(IntervalText.short(800 * 86_400) == "2.2y")
        #expect(IntervalText.clock(252) == "4:12")
        #expect(IntervalText.clock(3753) == "1:02:33")
        #expect(IntervalText.spoken(492) == "8 min 12 s")
    }
}

extension KeyDecoder {
    /// The keys complete after receiving `bytes`.
    mutating func keys(_ bytes: [UInt8]) -> [Key] {
        append(bytes)
        var keys: [Key] = []
        while let key = next() { keys.append(key) }
        return keys
    }
}
