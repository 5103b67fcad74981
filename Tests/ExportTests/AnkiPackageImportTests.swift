import Export
import Foundation
import Store
import Testing
import TifaTestSupport

/// Anki's own view of a fixture package, written by Fixtures/generate.py next to it.
struct AnkiSnapshot: Decodable {
    struct NoteSnapshot: Decodable {
        var notetype: String
        var fields: [String]
        var cards: [String: CardSnapshot]
    }

    struct CardSnapshot: Decodable {
        var type: Int
        var queue: Int
        var ivl: Int
        var reps: Int
        var lapses: Int
        var due: Int64
        var days_until_due: Int?
        var s: Double?
        var d: Double?
        var revlog: [Int64]
        var deck: String
    }

    var today: Int
    var crt: Int64
    var exported_at: String
    var notes: [String: NoteSnapshot]

    var exportedAt: Date { date(String(exported_at.prefix(19)) + "Z") }
}

enum PackageFixture {
    static func url(_ name: String) throws -> URL {
        let folder = try #require(Bundle.module.url(forResource: "Packages", withExtension: nil))
        return folder.appendingPathComponent(name)
    }

    static func snapshot(_ name: String) throws -> AnkiSnapshot {
        try JSONDecoder().decode(AnkiSnapshot.self, from: Data(contentsOf: url(name)))
    }

    static func read(
        _ name: String, now: Date, deck: String? = nil, overrides: AnkiFieldMap.Overrides = [],
        limits: AnkiPackageLimits = .standard
    ) throws -> AnkiPackageImport {
        try AnkiPackageImport.read(
            url(name),
            options: .init(
                deckName: deck, overrides: overrides, limits: limits,
                timeZone: utc),
            now: now)
    }

    static let utc = TimeZone(identifier: "UTC")!

    /// The start (04:00 UTC) of the study day `days` after `moment`'s.
    static func dayStart(_ days: Int, after moment: Date) -> Date {
        StudyDay(containing: moment, dayStartHour: 4, timeZone: utc).start.addingTimeInterval(Double(days) * 86_400)
    }
}

@Suite("Reading Anki packages")
struct AnkiPackageReadingTests {
    @Test(
        "current, legacy and oldest packages give Anki's notes, due days, intervals, memory states and review log",
        arguments: ["basic-fsrs.apkg", "basic-fsrs-legacy.apkg", "basic-fsrs-anki2.apkg"])
    func readsWhatAnkiHas(_ name: String) throws {
        let anki = try PackageFixture.snapshot("basic-fsrs.json")
        let package = try PackageFixture.read(name, now: anki.exportedAt)
        #expect(package.notes.count == anki.notes.count)
        #expect(package.deckNames == ["政治::词汇"])
        #expect(package.cards == anki.notes.values.map(\.cards.count).reduce(0, +))
        #expect(package.reviews == anki.notes.values.flatMap(\.cards.values).map(\.revlog.count).reduce(0, +))
        #expect(package.memoryFromAnki == package.cards)
        for imported in package.notes {
            let guid = try #require(imported.note.guid)
            let note = try #require(anki.notes[guid])
            #expect(imported.note.term == note.fields[0])
            #expect(imported.cards.count == note.cards.count)
            for card in imported.cards {
                let ord = card.type == .recognition ? "0" : "1"
                let ankiCard = try #require(note.cards[ord])
                #expect(
                    card.reviews.map { Int64(($0.reviewedAt.timeIntervalSince1970 * 1000).rounded()) }
                        == ankiCard.revlog)
                #expect(card.suspended == (ankiCard.queue == -1))
                #expect((card.buriedUntil != nil) == (ankiCard.queue == -2 || ankiCard.queue == -3))
                #expect(card.reps == ankiCard.reps)
                #expect(card.lapses == ankiCard.lapses)
                #expect(card.state.memory?.stability == ankiCard.s)
                if ankiCard.type == 2, let days = ankiCard.days_until_due {
                    #expect(card.state.kind == .review)
                    #expect(card.due == PackageFixture.dayStart(days, after: anki.exportedAt))
                    let lastReview = try #require(card.lastReview)
                    let reviewDay = StudyDay(containing: lastReview, dayStartHour: 4, timeZone: PackageFixture.utc)
                    #expect(Int(card.due.timeIntervalSince(reviewDay.start) / 86_400) == ankiCard.ivl)
                }
            }
        }
    }

    @Test("a collection package on Tifa's note type maps field by field; SM-2 cards get memory replayed from the log")
    func readsACollectionPackage() throws {
        let anki = try PackageFixture.snapshot("tifa-sm2.json")
        let package = try PackageFixture.read("tifa-sm2.colpkg", now: anki.exportedAt)
        #expect(package.collectionFile == "collection.anki21b")
        #expect(package.notes.count == anki.notes.count)
        #expect(package.memoryFromHistory == package.cards)
        let tifaNotes = package.notes.filter { anki.notes[$0.note.guid ?? ""]?.notetype == "Tifa" }
        #expect(tifaNotes.count == 5)
        for note in tifaNotes {
            #expect(note.note.kind == .formulation)
            #expect(note.note.pinyin?.isEmpty == false)
            #expect(note.note.gloss?.isEmpty == false)
            #expect(note.note.examples.first?.sentence == "我们要坚持\(note.note.term)。")
            #expect(Set(note.cards.map(\.type)) == [.recognition, .production])
        }
        let relearning = package.notes.flatMap(\.cards).filter { $0.state.kind == .relearning }
        #expect(relearning.count == anki.notes.values.flatMap(\.cards.values).filter { $0.type == 3 }.count)
        for card in package.notes.flatMap(\.cards) {
            #expect(card.state.memory?.stability != nil)
            #expect(card.reviews.last?.ankiEase != nil)
        }
        #expect(package.noteTypes.map(\.name).sorted() == ["Basic", "Tifa"])
    }

    @Test("--map chooses the Anki field a Tifa field reads; a field no note type has is refused")
    func mapping() throws {
        let now = date("2026-03-15T10:00:00Z")
        let mapped = try PackageFixture.read(
            "basic-fsrs.apkg", now: now,
            overrides: AnkiFieldMap.parseOverrides("Hanzi=Front,Meaning=Back"))
        #expect(mapped.noteTypes.first?.mapping == "Hanzi ← Front, Meaning ← Back")
        #expect(mapped.notes.allSatisfy { $0.note.gloss?.contains("\n") == true })
        #expect(throws: AnkiPackageError.self) {
            try PackageFixture.read("basic-fsrs.apkg", now: now, overrides: [(.hanzi, "Simplified")])
        }
        #expect(throws: AnkiPackageError.badMapping("Hanzi")) { try AnkiFieldMap.parseOverrides("Hanzi") }
    }

    @Test("field names that mean term, reading and meaning map without --map")
    func mappingByName() {
        let map = AnkiFieldMap(
            fieldNames: ["Simplified", "Reading", "English", "Extra"], noteTypeName: "Chinese",
            overrides: [])
        #expect(map.pairs.map(\.field) == [.hanzi, .pinyin, .meaning, .notes])
        let unnamed = AnkiFieldMap(fieldNames: ["Q", "A"], noteTypeName: "Mine", overrides: [])
        #expect(unnamed.pairs.map(\.field) == [.hanzi])
    }
}

@Suite("Refusing bad packages")
struct AnkiPackageRefusalTests {
    let now = date("2026-03-15T10:00:00Z")

    func refusal(_ url: URL, limits: AnkiPackageLimits = .standard) -> AnkiPackageError? {
        do {
            _ = try AnkiPackageImport.read(url, options: .init(limits: limits), now: now)
            return nil
        } catch {
            return error as? AnkiPackageError
        }
    }

    @Test("a truncated package, a text file and a missing file are refused naming the file")
    func damaged() throws {
        let folder = try TemporaryFolder()
        let bytes = try Data(contentsOf: PackageFixture.url("basic-fsrs.apkg"))
        let truncated = folder.file("truncated.apkg")
        try bytes.prefix(bytes.count / 2).write(to: truncated)
        #expect(refusal(truncated) == .notAZip(truncated.path))
        let text = folder.file("words.apkg")
        try Data("同舟共济\tto pull together\n".utf8).write(to: text)
        #expect(refusal(text) == .notAZip(text.path))
        let missing = folder.file("missing.apkg")
        #expect(refusal(missing) == .unreadable(missing.path, reason: "no such file"))
        #expect(AnkiPackageError.notAZip(text.path).errorDescription?.contains(text.path) == true)
    }

    @Test("a package format Anki has not written yet is refused")
    func unknownVersion() throws {
        let url = try PackageFixture.url("unknown-version.apkg")
        #expect(refusal(url) == .newerFormat(url.path, version: 7))
    }

    @Test(
        "zip bombs: a zstd or deflated collection that unpacks past the limit is refused as it unpacks",
        arguments: ["zstd-bomb.apkg", "deflate-bomb.apkg"])
    func bombs(_ name: String) throws {
        let url = try PackageFixture.url(name)
        let limits = AnkiPackageLimits(collectionBytes: 8 << 20, smallMemberBytes: 1024, members: 100)
        let member = name.hasPrefix("zstd") ? "collection.anki21b" : "collection.anki21"
        #expect(refusal(url, limits: limits) == .memberTooLarge(url.path, member: member, limit: 8 << 20))
    }

    @Test("a collection bigger than the limit is refused; so is a package with too many members")
    func limits() throws {
        let url = try PackageFixture.url("basic-fsrs.apkg")
        #expect(
            refusal(url, limits: .init(collectionBytes: 4096, smallMemberBytes: 1024, members: 100))
                == .memberTooLarge(url.path, member: "collection.anki21b", limit: 4096))
        #expect(
            refusal(url, limits: .init(collectionBytes: 1 << 30, smallMemberBytes: 1024, members: 2))
                == .tooManyMembers(url.path, count: 3, limit: 2))
    }
}

@Suite("Importing Anki packages into the store")
struct AnkiPackageStoreTests {
    @Test("one import brings every note, card and answer; a second import of any format changes nothing")
    func reimport() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let anki = try PackageFixture.snapshot("basic-fsrs.json")
        let now = anki.exportedAt
        let first = try store.importScheduledNotes(PackageFixture.read("basic-fsrs.apkg", now: now).notes, now: now)
        #expect(first.notesAdded == 8)
        #expect(first.cardsAdded == 10)
        #expect(first.reviewsAdded == 51)
        #expect(first.createdDecks == ["政治::词汇"])
        let deck = try store.deck(named: "政治::词汇")
        #expect(deck.cardTypes == [.recognition, .production])
        for name in ["basic-fsrs.apkg", "basic-fsrs-legacy.apkg"] {
            let again = try store.importScheduledNotes(PackageFixture.read(name, now: now).notes, now: now)
            #expect(again.notesAdded == 0 && again.notesUpdated == 0 && again.notesUnchanged == 8)
            #expect(again.cardsAdded == 0 && again.cardsUpdated == 0 && again.cardsUnchanged == 10)
            #expect(again.reviewsAdded == 0 && again.reviewsPresent == 51)
        }
        let history = try store.studyHistory(inDeckNamed: "政治::词汇")
        #expect(history.reviews.count == 51)
        #expect(Set(history.reviews.map(\.reviewedAt)).count == 51)
        #expect(history.reviews.allSatisfy { $0.ankiEase != nil })
        #expect(history.cards.filter(\.card.suspended).count == 1)
    }

    @Test("--deck puts every note in the deck named; a dry run is a read that writes nothing")
    func intoNamedDeck() throws {
        let folder = try TemporaryFolder()
        let store = try folder.openStore()
        let now = date("2026-03-11T10:00:00Z")
        let package = try PackageFixture.read("tifa-sm2.colpkg", now: now, deck: "外交")
        #expect(package.deckNames == ["外交"])
        #expect(try store.decks().isEmpty)
        let result = try store.importScheduledNotes(package.notes, now: now)
        #expect(result.notesAdded == 8)
        #expect(result.reviewsAdded == package.reviews)
    }
}
