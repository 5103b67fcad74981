import Foundation
import GRDB

// Imports with schedules and history: another program's collection (an Anki package), in one transaction.
extension DeckStore {
    /// Adds or updates notes with their cards and review history in ONE transaction: all of it or, if anything
    /// fails, nothing.
    ///
    /// A note is matched by its GUID within its deck, then by its term, and updated as `upsertNotes` does with
    /// `NoteMergePolicy.fileImport`. A card (note and card type) that the deck lacks is added with its schedule; one it has takes the imported schedule unless its own
    /// last review is later (the learner went on studying in Tifa). An answer is added unless the card has an answer
    /// at the same millisecond already, so a second import of the same package changes nothing.
    /// A deck made for the import studies the card types its notes bring, and takes `deckOptions` under its name
    /// (steps, limits, retention, FSRS parameters); an existing deck keeps its settings and gains any card type
    /// it lacks.
    public func importScheduledNotes(
        _ imports: [ScheduledNoteImport], deckOptions: [String: ImportedDeckOptions] = [:],
        now: Date
    ) throws -> ScheduledImportResult {
        let imports = try imports.map { item in
            var item = item
            item.note = try item.note.validated()
            return item
        }
        return try writeImport { db in
            var result = ScheduledImportResult()
            var decks: [String: Deck] = [:]
            for name in Self.orderedDeckNames(imports) {
                let types = Set(imports.filter { $0.deckName == name }.flatMap { $0.cards.map(\.type) })
                decks[name] = try Self.deckForImport(
                    db, named: name, cardTypes: types, options: deckOptions[name],
                    now: now, result: &result)
            }
            var index = try ImportIndex(db, cards: true)
            let reviewStatement = try db.makeStatement(
                sql: """
                    INSERT INTO review_log (card_id, reviewed_at, rating, duration_ms, state_before, state_after,
                        stability_after, difficulty_after, scheduled_seconds, previous_step, previous_stability,
                        previous_difficulty, previous_due, previous_last_review, previous_reps, previous_lapses, anki_ease)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """)
            let insertReview = StatementBindings(reviewStatement, in: db)
            var answerHours = try AnswerHoursInBulk(db)
            for item in imports {
                guard let deck = decks[item.deckName] else { continue }
                guard let note = try Self.takeNote(db, item.note, deck: deck, index: &index, now: now, result: &result)
                else { continue }
                for card in item.cards {
                    let cardID = try Self.takeCard(db, card, noteID: note.id ?? 0, index: &index, result: &result)
                    for review in card.reviews {
                        let reviewedAt = DatabaseDateText.text(review.reviewedAt)
                        if index.hasAnswer(cardID: cardID, at: reviewedAt) {
                            result.reviewsPresent += 1
                            continue
                        }
                        let log = ReviewLog(cardID: cardID, imported: review)
                        insertReview.bind(log.cardID, at: 1)
                        insertReview.bind(reviewedAt, at: 2)
                        insertReview.bind(log.rating.rawValue, at: 3)
                        insertReview.bind(log.durationMilliseconds, at: 4)
                        insertReview.bind(log.stateBefore.rawValue, at: 5)
                        insertReview.bind(log.stateAfter.rawValue, at: 6)
                        insertReview.bind(log.stabilityAfter, at: 7)
                        insertReview.bind(log.difficultyAfter, at: 8)
                        insertReview.bind(log.scheduledSeconds, at: 9)
                        insertReview.bind(log.previousStep, at: 10)
                        insertReview.bind(log.previousStability, at: 11)
                        insertReview.bind(log.previousDifficulty, at: 12)
                        insertReview.bind(DatabaseDateText.text(log.previousDue), at: 13)
                        insertReview.bind(log.previousLastReview.map(DatabaseDateText.text), at: 14)
                        insertReview.bind(log.previousReps, at: 15)
                        insertReview.bind(log.previousLapses, at: 16)
                        insertReview.bind(log.ankiEase, at: 17)
                        try insertReview.execute()
                        answerHours.add(
                            deckID: note.deckID, reviewedAt: reviewedAt, rating: log.rating, stateBefore: log.stateBefore,
                            milliseconds: log.durationMilliseconds)
                        index.recordAnswer(cardID: cardID, at: reviewedAt)
                        result.reviewsAdded += 1
                    }
                }
            }
            try answerHours.finish(db)
            return result
        }
    }

    private static func orderedDeckNames(_ imports: [ScheduledNoteImport]) -> [String] {
        var names: [String] = []
        for item in imports where !names.contains(item.deckName) { names.append(item.deckName) }
        return names
    }

    private static func deckForImport(
        _ db: Database, named name: String, cardTypes: Set<CardType>,
        options: ImportedDeckOptions?, now: Date,
        result: inout ScheduledImportResult
    ) throws -> Deck {
        let (found, created) = try deck(db, named: name, creatingIfMissing: true, now: now)
        var deck = found
        if created, let options {
            options.settings.apply(to: &deck)
            if let parameters = options.fsrsParameters {
                // Fitted by Anki's optimizer to the learner's own reviews, which come along.
                deck.fsrsParameters = parameters
                deck.fsrsParametersOrigin = .fitted
                deck.fsrsParametersChanged = now
            }
            try deck.update(db)
        }
        let wanted = CardType.allCases.filter { cardTypes.contains($0) || (!created && deck.cardTypes.contains($0)) }
        if !wanted.isEmpty && wanted != deck.cardTypes {
            deck.cardTypes = wanted
            try deck.update(db)
        }
        result.decks.append(deck.name)
        if created { result.createdDecks.append(deck.name) }
        return deck
    }

    /// The note the import names, added or updated as a file import updates it; nil when it is skipped.
    private static func takeNote(
        _ db: Database, _ draft: NoteDraft, deck: Deck, index: inout ImportIndex, now: Date,
        result: inout ScheduledImportResult
    ) throws -> Note? {
        let outcome = try upsert(db, draft, deck: deck, policy: .fileImport, index: &index, now: now)
        switch outcome {
        case .added: result.notesAdded += 1
        case .updated: result.notesUpdated += 1
        case .unchanged: result.notesUnchanged += 1
        case let .skipped(reason): result.skipped.append(.init(line: draft.line, term: draft.term, reason: reason))
        }
        return outcome.note
    }

    /// The id of the card the import names, added or brought up to date.
    private static func takeCard(
        _ db: Database, _ item: ScheduledCardImport, noteID: Int64, index: inout ImportIndex,
        result: inout ScheduledImportResult
    ) throws -> Int64 {
        let incoming = Card(
            noteID: noteID, type: item.type, state: item.state, due: item.due, lastReview: item.lastReview,
            reps: item.reps, lapses: item.lapses, suspended: item.suspended, buriedUntil: item.buriedUntil)
        guard var card = index.card(noteID: noteID, type: item.type) else {
            let inserted = try incoming.insertedByStatement(db)
            index.record(inserted)
            result.cardsAdded += 1
            return inserted.id ?? 0
        }
        let ownLast = card.lastReview ?? .distantPast
        let importedLast = item.lastReview ?? .distantPast
        let sameBurial = (card.buriedUntil == nil) == (item.buriedUntil == nil)
        if Self.sameSchedule(card, incoming) && card.suspended == item.suspended && sameBurial
            || importedLast < ownLast
        {
            result.cardsUnchanged += 1
        } else {
            card.state = incoming.state
            card.due = incoming.due
            card.lastReview = incoming.lastReview
            card.reps = incoming.reps
            card.lapses = incoming.lapses
            card.suspended = item.suspended
            card.buriedUntil = item.buriedUntil
            try card.update(db)
            index.record(card)
            result.cardsUpdated += 1
        }
        return card.id ?? 0
    }

    static func milliseconds(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 * 1000).rounded()) }

    /// Whether two cards' states and schedules agree, their moments to the millisecond the database keeps.
    private static func sameSchedule(_ a: Card, _ b: Card) -> Bool {
        a.state == b.state && a.reps == b.reps && a.lapses == b.lapses && milliseconds(a.due) == milliseconds(b.due)
            && a.lastReview.map(milliseconds) == b.lastReview.map(milliseconds)
    }
}
