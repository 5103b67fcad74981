import Foundation
import Store

/// Decks as the rows of an Anki collection, schema 11: the legacy `collection.anki2` that every Anki since 2.1
/// imports (and upgrades), as genanki writes it. The same decks, timestamp and time zone give the same rows.
struct AnkiCollection {
    /// Tifa's decks, in package order (parents first), each with the note type of its card types.
    let decks: [DeckContent]
    /// Whether cards carry their scheduling and the review log comes along.
    let withProgress: Bool
    let timestamp: Date
    let days: AnkiDays

    private(set) var notes: [AnkiNoteRow] = []
    private(set) var cards: [AnkiCardRow] = []
    private(set) var revlog: [AnkiRevlogRow] = []
    private(set) var col: AnkiColRow
    /// Cards left out because Anki would show an empty front: a production card without a meaning, a cloze card
    /// without a sentence.
    private(set) var cardsWithEmptyFront = 0

    init(
        decks: [DeckContent], reviews: [ReviewLog], withProgress: Bool, timestamp: Date,
        timeZone: TimeZone
    ) throws {
        self.decks = DeckContent.parentsFirst(decks)
        self.withProgress = withProgress
        self.timestamp = timestamp
        var earliest = timestamp
        if withProgress {
            for card in decks.flatMap(\.notes).flatMap(\.cards) {
                earliest = min(earliest, card.due, card.lastReview ?? card.due)
            }
        }
        days = AnkiDays(
            startingOnDayOf: earliest, rolloverHour: decks.first?.deck.dayStartHour ?? 4,
            timeZone: timeZone)
        col = try Self.collectionRow(decks: self.decks, timestamp: timestamp, days: days)
        fillRows(reviews: withProgress ? reviews : [])
    }

    private var seconds: Int64 { Self.seconds(timestamp) }

    private static func seconds(_ date: Date) -> Int64 { Int64(date.timeIntervalSince1970.rounded(.down)) }

    private mutating func fillRows(reviews: [ReviewLog]) {
        var ids = AnkiIDs.Sequence(startingAt: timestamp)
        var ankiCardIDs: [Int64: Int64] = [:]
        var position = 0
        for content in decks {
            let deckID = AnkiIDs.deck(named: content.deck.name)
            let noteType = AnkiNoteType(cardTypes: content.deck.cardTypes)
            for detail in content.notes {
                position += 1
                let noteID = ids.take()
                let fields = AnkiNoteFields(detail)
                let values = AnkiField.tifaNoteType.map(fields.html)
                let tags = AnkiTags.tags(for: detail)
                notes.append(
                    AnkiNoteRow(
                        id: noteID, guid: detail.note.guid, noteTypeID: noteType.id,
                        modified: Int64(detail.note.modified.timeIntervalSince1970.rounded(.down)),
                        tags: tags.isEmpty ? "" : " " + tags.joined(separator: " ") + " ", fields: values,
                        sortField: HTMLField.text(values.first ?? "")))
                for (ord, template) in noteType.templates.enumerated() {
                    let type = noteType.cardTypes[ord]
                    guard let required = AnkiField.tifaNoteType.firstIndex(of: template.requiredField),
                        !values[required].isEmpty
                    else {
                        cardsWithEmptyFront += 1
                        continue
                    }
                    let card = detail.cards.first { $0.type == type }
                    // With progress, a note has in Anki the cards it has in Tifa: one imported from Anki's Basic has
                    // no production card, and a new one would appear that the learner never had.
                    if withProgress && card == nil && !detail.cards.isEmpty { continue }
                    let cardID = ids.take()
                    var row = AnkiCardRow(
                        id: cardID, noteID: noteID, deckID: deckID, ord: ord, modified: seconds,
                        newAt: position)
                    if withProgress, let card {
                        row.takeProgress(of: card, deck: content.deck, days: days, now: timestamp)
                    }
                    if let tifaID = card?.id { ankiCardIDs[tifaID] = cardID }
                    cards.append(row)
                }
            }
        }
        var taken = Set<Int64>()
        for log in reviews {
            guard let cardID = ankiCardIDs[log.cardID] else { continue }
            var entry = AnkiRevlogRow(log, cardID: cardID)
            while !taken.insert(entry.id).inserted { entry.id += 1 }
            revlog.append(entry)
        }
    }

    /// The `col` row: times, settings, note types, decks and their options.
    private static func collectionRow(decks: [DeckContent], timestamp: Date, days: AnkiDays) throws -> AnkiColRow {
        let seconds = Self.seconds(timestamp)
        let milliseconds = Int64((timestamp.timeIntervalSince1970 * 1000).rounded(.down))
        var noteTypes: [String: AnkiNoteType.Schema11] = [:]
        var deckJSON: [String: AnkiCollectionJSON.DeckJSON] = [
            "1": .init(id: 1, name: "Default", mod: seconds, conf: 1)
        ]
        var options: [String: AnkiCollectionJSON.OptionsJSON] = [
            "1": .init(id: 1, name: "Default", mod: seconds, deck: nil)
        ]
        for content in decks {
            let deckID = AnkiIDs.deck(named: content.deck.name)
            let noteType = AnkiNoteType(cardTypes: content.deck.cardTypes)
            if noteTypes[String(noteType.id)] == nil {
                noteTypes[String(noteType.id)] = noteType.schema11(deckID: deckID)
            }
            deckJSON[String(deckID)] = .init(id: deckID, name: content.deck.name, mod: seconds, conf: deckID)
            options[String(deckID)] = .init(id: deckID, name: content.deck.name, mod: seconds, deck: content.deck)
        }
        let configuration = AnkiCollectionJSON.Configuration(
            nextPos: decks.reduce(0) { $0 + $1.notes.count } + 1, rollover: days.rolloverHour,
            creationOffset: days.creationMinutesWest,
            curModel: decks.first.map { AnkiNoteType(cardTypes: $0.deck.cardTypes).id } ?? 0)
        return AnkiColRow(
            creation: Int64(days.creation.timeIntervalSince1970), modified: milliseconds, version: 11,
            configuration: try AnkiCollectionJSON.text(configuration), noteTypes: try AnkiCollectionJSON.text(noteTypes),
            decks: try AnkiCollectionJSON.text(deckJSON), deckOptions: try AnkiCollectionJSON.text(options))
    }

    /// The tables to write, each in Anki's column order.
    var tables: [SQLiteFile.Table] {
        [AnkiColRow.table([col]), AnkiNoteRow.table(notes), AnkiCardRow.table(cards), AnkiRevlogRow.table(revlog)]
    }

    /// Anki's schema 11 (`rslib/src/storage/schema11.sql`), as genanki's `apkg_schema.py` writes it.
    static let schema = """
        CREATE TABLE col (
            id integer PRIMARY KEY, crt integer NOT NULL, mod integer NOT NULL, scm integer NOT NULL,
            ver integer NOT NULL, dty integer NOT NULL, usn integer NOT NULL, ls integer NOT NULL,
            conf text NOT NULL, models text NOT NULL, decks text NOT NULL, dconf text NOT NULL, tags text NOT NULL
        );
        CREATE TABLE notes (
            id integer PRIMARY KEY, guid text NOT NULL, mid integer NOT NULL, mod integer NOT NULL,
            usn integer NOT NULL, tags text NOT NULL, flds text NOT NULL, sfld integer NOT NULL,
            csum integer NOT NULL, flags integer NOT NULL, data text NOT NULL
        );
        CREATE TABLE cards (
            id integer PRIMARY KEY, nid integer NOT NULL, did integer NOT NULL, ord integer NOT NULL,
            mod integer NOT NULL, usn integer NOT NULL, type integer NOT NULL, queue integer NOT NULL,
            due integer NOT NULL, ivl integer NOT NULL, factor integer NOT NULL, reps integer NOT NULL,
            lapses integer NOT NULL, left integer NOT NULL, odue integer NOT NULL, odid integer NOT NULL,
            flags integer NOT NULL, data text NOT NULL
        );
        CREATE TABLE revlog (
            id integer PRIMARY KEY, cid integer NOT NULL, usn integer NOT NULL, ease integer NOT NULL,
            ivl integer NOT NULL, lastIvl integer NOT NULL, factor integer NOT NULL, time integer NOT NULL,
            type integer NOT NULL
        );
        CREATE TABLE graves (usn integer NOT NULL, oid integer NOT NULL, type integer NOT NULL);
        CREATE INDEX ix_notes_usn ON notes (usn);
        CREATE INDEX ix_cards_usn ON cards (usn);
        CREATE INDEX ix_revlog_usn ON revlog (usn);
        CREATE INDEX ix_cards_nid ON cards (nid);
        CREATE INDEX ix_cards_sched ON cards (did, queue, due);
        CREATE INDEX ix_revlog_cid ON revlog (cid);
        CREATE INDEX ix_notes_csum ON notes (csum);
        """
}
