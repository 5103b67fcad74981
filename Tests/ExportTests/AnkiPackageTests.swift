import Export
import Foundation
import Scheduler
import Store
import Testing
import TifaTestSupport
import ZIPFoundation

@Suite("Anki packages")
struct AnkiPackageTests {
    /// Writes the decks as a package and opens its collection.
    func package(
        _ names: [String], store: DeckStore, folder: TemporaryFolder, withProgress: Bool = false,
        timestamp: Date = FixedDeck.now
    ) throws -> (summary: AnkiPackage.Summary, collection: URL) {
        let url = folder.file("deck-\(UUID().uuidString).apkg")
        let reviews = withProgress ? try names.flatMap { try store.reviewLog(inDeckNamed: $0) } : []
        let summary = try AnkiPackage(withProgress: withProgress).write(
            try DeckContent.read(names, from: store), reviews: reviews, to: url, timestamp: timestamp,
            timeZone: shanghai)
        let archive = try Archive(url: url, accessMode: .read)
        let collection = folder.file("collection-\(UUID().uuidString).anki2")
        _ = try archive.extract(try #require(archive["collection.anki2"]), to: collection)
        return (summary, collection)
    }

    func rows(_ url: URL, _ sql: String) throws -> [[SQLiteFile.Value]] { try SQLiteFile.rows(in: url, sql: sql) }

    @Test("a zip of collection.anki2 and an empty media index; the same decks at the same moment, the same bytes")
    func hermetic() throws {
        let folder = try TemporaryFolder()
        let store = try FixedDeck.store(in: folder)
        let decks = try DeckContent.read(["外交"], from: store)
        let first = folder.file("a.apkg")
        let second = folder.file("b.apkg")
        try AnkiPackage().write(decks, to: first, timestamp: FixedDeck.now, timeZone: shanghai)
        try AnkiPackage().write(decks, to: second, timestamp: FixedDeck.now, timeZone: shanghai)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        let archive = try Archive(url: first, accessMode: .read)
        #expect(archive.map(\.path) == ["collection.anki2", "media"])
        var media = Data()
        _ = try archive.extract(try #require(archive["media"])) { media.append($0) }
        #expect(String(decoding: media, as: UTF8.self) == "{}")
    }

    @Test("the note type Tifa, the notes' fields and tags, a card per template whose front has something")
    func contents() throws {
        let folder = try TemporaryFolder()
        let store = try FixedDeck.store(in: folder)
        let (summary, collection) = try package(["外交", "外交::上合"], store: store, folder: folder)
        #expect(summary == AnkiPackage.Summary(notes: 5, cards: 10, reviews: 0, cardsWithEmptyFront: 1))
        #expect(try rows(collection, "SELECT ver, crt FROM col") == [[.integer(11), .integer(1_740_772_800)]])
        let models = try #require(try rows(collection, "SELECT models FROM col").first?.first)
        guard case let .text(json) = models else {
            Issue.record("models is not text")
            return
        }
        let noteTypes = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: [String: Any]])
        let templates = noteTypes.values.map { ($0["tmpls"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String } }
        #expect(Set(templates) == [["Recognition", "Production"], ["Recognition", "Production", "Cloze"]])
        #expect(Set(noteTypes.values.compactMap { $0["name"] as? String }) == ["Tifa"])
        let idiom = try #require(try rows(collection, "SELECT guid, flds, tags FROM notes ORDER BY id").first)
        #expect(
            idiom == [
                .text(NoteGUID.make("同舟共济", "外交")),
                .text(
                    [
                        "同舟共济", "同舟共濟", "tóngzhōu gòngjì", "to pull together in times of trouble\t(in the same boat)",
                        "idiom", "各国要<b>同舟共济</b>，共同应对挑战。<br>两国人民<b>同舟共济</b>。",
                        "《孙子·九地》<br>王毅谈上合青岛峰会 · 2018-06-11<br>xinhua-2018-06-12.txt",
                        "Wang Yi on the SCO summit.<br>See also: 守望相助.",
                    ].joined(separator: "\u{1F}")),
                .text(" diplomacy tifa::idiom source::people-daily-2018-06-11 source::xinhua-2018-06-12 "),
            ])
        // 脱贫攻坚 has no gloss: no production card. 上海精神 studies cloze: three cards.
        #expect(
            try rows(collection, "SELECT count(*), group_concat(ord) FROM cards GROUP BY nid ORDER BY nid") == [
                [.integer(2), .text("0,1")], [.integer(2), .text("0,1")], [.integer(2), .text("0,1")],
                [.integer(1), .text("0")], [.integer(3), .text("0,1,2")],
            ])
        #expect(try rows(collection, "SELECT DISTINCT type, queue FROM cards") == [[.integer(0), .integer(0)]])
    }

    @Test("with progress: a review card's day, interval and memory state, a suspended card, the review log")
    func progress() throws {
        let folder = try TemporaryFolder()
        let store = try FixedDeck.store(in: folder)
        let cards = try store.cards(inDeckNamed: "外交")
        let reviewed = FixedDeck.now.addingTimeInterval(-7 * 86_400)
        try store.recordAnswer(
            cardID: cards[0].card.id!, rating: .good,
            state: .review(memory: MemoryState(stability: 12.345678, difficulty: 4.98765)),
            due: FixedDeck.now.addingTimeInterval(5 * 86_400), lastReview: reviewed, reps: 1,
            durationMilliseconds: 4200, now: reviewed)
        try store.recordAnswer(
            cardID: cards[1].card.id!, rating: .good,
            state: .learning(step: 1, memory: MemoryState(stability: 0.5, difficulty: 6)),
            due: FixedDeck.now.addingTimeInterval(600), lastReview: FixedDeck.now, reps: 1,
            durationMilliseconds: 90_000, now: FixedDeck.now)
        try store.setSuspended(true, [.id(cards[2].card.id!)])
        let (summary, collection) = try package(["外交"], store: store, folder: folder, withProgress: true)
        #expect(summary.reviews == 2)
        let columns = "type, queue, due, ivl, factor, reps, left, data"
        let result = try rows(collection, "SELECT \(columns) FROM cards ORDER BY id LIMIT 3")
        // The collection starts on the study day of the earliest review (Shanghai, days from 4:00).
        #expect(try rows(collection, "SELECT crt FROM col") == [[.integer(Int64(date("2025-02-21T20:00:00Z").timeIntervalSince1970))]])
        #expect(
            result[0] == [
                .integer(2), .integer(2), .integer(12), .integer(12), .integer(2500), .integer(1),
                .integer(0), .text(#"{"s":12.3457,"d":4.988,"dr":0.9,"decay":0.154,"lrt":1740211200}"#),
            ])
        #expect(
            result[1].prefix(7) == [
                .integer(1), .integer(1), .integer(1_740_816_600), .integer(0), .integer(2500),
                .integer(1), .integer(1),
            ])
        #expect(result[2].prefix(3) == [.integer(0), .integer(-1), .integer(2)])
        #expect(
            try rows(collection, "SELECT ease, ivl, lastIvl, time, type FROM revlog ORDER BY id") == [
                [.integer(3), .integer(12), .integer(0), .integer(4200), .integer(0)],
                [.integer(3), .integer(-600), .integer(0), .integer(60_000), .integer(0)],
            ])
    }

    @Test("with progress: a card buried until later today is buried in Anki; one whose burial has ended is not")
    func burial() throws {
        let folder = try TemporaryFolder()
        let store = try FixedDeck.store(in: folder)
        let cards = try store.cards(inDeckNamed: "外交")
        try store.bury(cardIDs: [cards[0].card.id!], until: FixedDeck.now.addingTimeInterval(3600))
        try store.bury(cardIDs: [cards[1].card.id!], until: FixedDeck.now.addingTimeInterval(-3600))
        try store.bury(cardIDs: [cards[2].card.id!], until: FixedDeck.now.addingTimeInterval(3600))
        try store.setSuspended(true, [.id(cards[2].card.id!)])
        let (_, collection) = try package(["外交"], store: store, folder: folder, withProgress: true)
        // Buried by the user (-3); a suspended card shows as suspended, as Anki keeps one queue.
        #expect(
            try rows(collection, "SELECT queue FROM cards ORDER BY id LIMIT 3")
                == [[.integer(-3)], [.integer(0)], [.integer(-1)]])
    }

    @Test("day numbers count study days in the learner's time zone, across the rollover")
    func days() throws {
        let folder = try TemporaryFolder()
        let store = try FixedDeck.store(in: folder)
        let card = try #require(try store.cards(inDeckNamed: "外交").first)
        // 03:59 Shanghai on 3 March is still the study day of 2 March; 04:00 is 3 March's.
        for (due, day) in [("2025-03-02T19:59:00Z", 1), ("2025-03-02T20:00:00Z", 2)] {
            try store.recordAnswer(
                cardID: card.card.id!, rating: .good,
                state: .review(memory: MemoryState(stability: 3, difficulty: 5)), due: date(due),
                lastReview: FixedDeck.now, reps: 1, durationMilliseconds: 0, now: FixedDeck.now)
            let (_, collection) = try package(["外交"], store: store, folder: folder, withProgress: true)
            #expect(try rows(collection, "SELECT due FROM cards ORDER BY id LIMIT 1") == [[.integer(Int64(day))]])
        }
    }
}
