import Foundation
import Scheduler
import Store

/// An Anki package (.apkg or .colpkg, current or legacy) read into the notes, cards, schedules and review log that
/// `DeckStore.importScheduledNotes` takes, with what the dry run shows: the field mapping of each note type and the
/// counts. Reading writes nothing but a temporary copy of the collection, removed before it returns.
public struct AnkiPackageImport: Sendable {
    public struct Options: Sendable {
        /// All notes go into this deck; nil: each into the deck of its cards' name in Anki.
        public var deckName: String?
        public var overrides: AnkiFieldMap.Overrides
        /// The parameters memory states are replayed with, where Anki has none: those of the deck a note goes
        /// into when Tifa has that deck, else `schedulerParameters`.
        public var schedulerParameters: SchedulerParameters
        public var parametersByDeck: [String: SchedulerParameters]
        public var limits: AnkiPackageLimits
        public var timeZone: TimeZone
        /// Tifa's learning and relearning step counts, to place a card in (re)learning at its step.
        public var learningSteps: Int
        public var relearningSteps: Int

        public init(
            deckName: String? = nil, overrides: AnkiFieldMap.Overrides = [],
            schedulerParameters: SchedulerParameters = .default,
            parametersByDeck: [String: SchedulerParameters] = [:], limits: AnkiPackageLimits = .standard,
            timeZone: TimeZone = .current, learningSteps: Int = 2, relearningSteps: Int = 1
        ) {
            self.deckName = deckName
            self.overrides = overrides
            self.schedulerParameters = schedulerParameters
            self.parametersByDeck = parametersByDeck
            self.limits = limits
            self.timeZone = timeZone
            self.learningSteps = learningSteps
            self.relearningSteps = relearningSteps
        }
    }

    /// A note type of the package and how its fields map to Tifa's.
    public struct NoteTypeMapping: Equatable, Sendable {
        public var name: String
        public var notes: Int
        /// "Hanzi ← Front, Meaning ← Back".
        public var mapping: String
        /// Anki fields no Tifa field reads.
        public var unmapped: [String]
    }

    /// A note left out, and why.
    public struct Skip: Equatable, Sendable {
        public var guid: String
        public var reason: String
    }

    /// The collection file read: collection.anki21b, collection.anki21 or collection.anki2.
    public var collectionFile: String
    public var schemaVersion: Int
    public var notes: [ScheduledNoteImport] = []
    public var noteTypes: [NoteTypeMapping] = []
    public var skipped: [Skip] = []
    public var cards = 0
    public var reviews = 0
    /// Cards of a template Tifa has no card type for (a third template, a cloze beyond c1).
    public var cardsLeftOut = 0
    /// The options of the Anki deck each of `deckNames` comes from (with --deck, of the first note's deck), for a
    /// deck the import makes.
    public var deckOptions: [String: ImportedDeckOptions] = [:]
    /// Manual rows of the review log (set due date, reset), which are not answers.
    public var manualRevlogRows = 0
    public var mediaFiles = 0
    public var memoryFromAnki = 0
    public var memoryFromHistory = 0
    public var memoryEstimated = 0
    public var suspended = 0
    public var buried = 0

    /// Reads the package at `url`.
    ///
    /// - Throws: `AnkiPackageError` for a file that is not a readable Anki package, or a `--map` naming a field
    ///   no note type has.
    public static func read(_ url: URL, options: Options, now: Date) throws -> AnkiPackageImport {
        let file = try AnkiPackageFile(at: url, limits: options.limits)
        defer { file.remove() }
        let rows = try AnkiCollectionReader.read(file.database, packagePath: url.path)
        let allFields = Set(rows.noteTypes.values.flatMap { $0.fields.map { $0.lowercased() } })
        for (_, name) in options.overrides where !allFields.contains(name.lowercased()) {
            throw AnkiPackageError.unknownField(
                url.path, field: name,
                known: rows.noteTypes.values.flatMap(\.fields).sorted())
        }
        var result = AnkiPackageImport(collectionFile: file.format.rawValue, schemaVersion: rows.schemaVersion)
        result.mediaFiles = file.mediaFiles
        result.build(from: rows, options: options, path: url.path, now: now)
        return result
    }

    private init(collectionFile: String, schemaVersion: Int) {
        self.collectionFile = collectionFile
        self.schemaVersion = schemaVersion
    }

    private mutating func build(from rows: AnkiCollectionRows, options: Options, path: String, now: Date) {
        let calendar = AnkiCalendar(rows, timeZone: options.timeZone)
        var schedulers: [String: Scheduler] = [:]
        func scheduler(forDeck name: String) -> Scheduler {
            if let scheduler = schedulers[name] { return scheduler }
            // Tifa's deck's parameters; for a deck the import makes, the Anki deck's, as Anki replays with them.
            let anki = deckOptions[name]?.fsrsParameters.flatMap { try? SchedulerParameters(weights: $0, isFuzzEnabled: false) }
            let scheduler = Scheduler(parameters: options.parametersByDeck[name] ?? anki ?? options.schedulerParameters)
            schedulers[name] = scheduler
            return scheduler
        }
        let dayEnd = StudyDay(containing: now, dayStartHour: rows.rolloverHour, timeZone: options.timeZone).end
        let revlog = Dictionary(grouping: rows.revlog, by: \.cardID)
        let cardsByNote = Dictionary(grouping: rows.cards, by: \.noteID)
        var maps: [Int64: AnkiFieldMap] = [:]
        var typeIndex: [Int64: Int] = [:]
        let reader = NoteFieldReader(isHTML: true)
        // Each note's first new card's place in Anki's new-card order; nil for a note without new cards.
        var newPositions: [Int64?] = []
        for (position, ankiNote) in rows.notes.enumerated() {
            guard let noteType = rows.noteTypes[ankiNote.noteTypeID] else {
                skipped.append(Skip(guid: ankiNote.guid, reason: "its note type \(ankiNote.noteTypeID) is missing"))
                continue
            }
            let map =
                maps[noteType.id]
                ?? AnkiFieldMap(
                    fieldNames: noteType.fields, noteTypeName: noteType.name,
                    overrides: options.overrides)
            if maps[noteType.id] == nil {
                maps[noteType.id] = map
                typeIndex[noteType.id] = noteTypes.count
                let used = Set(map.pairs.map(\.index))
                noteTypes.append(
                    NoteTypeMapping(
                        name: noteType.name, notes: 0, mapping: map.description(fieldNames: noteType.fields),
                        unmapped: noteType.fields.enumerated().filter { !used.contains($0.offset) }.map(\.element)))
            }
            if let index = typeIndex[noteType.id] { noteTypes[index].notes += 1 }
            let fields = noteType.fields.indices.map { $0 < ankiNote.fields.count ? ankiNote.fields[$0] : "" }
            let record = DelimitedText.Record(line: position + 1, fields: fields + [ankiNote.guid, ankiNote.tags])
            let columns = ImportColumns(
                fields: map.pairs.map { ($0.index + 1, $0.field) },
                guid: fields.count + 1, tags: fields.count + 2)
            let note: NoteDraft
            do {
                switch try reader.note(from: record, columns: columns, globalTags: [], path: path) {
                case let .note(value): note = value
                case let .skip(reason):
                    skipped.append(Skip(guid: ankiNote.guid, reason: reason))
                    continue
                }
            } catch {
                skipped.append(Skip(guid: ankiNote.guid, reason: error.errorDescription ?? "\(error)"))
                continue
            }
            var cards: [ScheduledCardImport] = []
            let ankiCards = cardsByNote[ankiNote.id] ?? []
            let home = ankiCards.first.map { $0.originalDeckID != 0 ? $0.originalDeckID : $0.deckID }
            let deckName = options.deckName ?? home.flatMap { rows.decks[$0] } ?? "Default"
            if deckOptions[deckName] == nil, let found = home.flatMap({ rows.deckOptions[$0] }) {
                deckOptions[deckName] = found
            }
            let scheduler = scheduler(forDeck: deckName)
            for card in ankiCards {
                guard let type = Self.cardType(of: card, noteType: noteType),
                    !cards.contains(where: { $0.type == type })
                else {
                    cardsLeftOut += 1
                    continue
                }
                let history = AnkiHistory(revlog[card.id] ?? [], cardID: card.id, scheduler: scheduler)
                let reading = AnkiCardReading(
                    card, history: history, calendar: calendar,
                    learningSteps: options.learningSteps,
                    relearningSteps: options.relearningSteps, now: now)
                manualRevlogRows += history.manualRows
                reviews += history.reviews.count
                switch reading.memorySource {
                case .anki: memoryFromAnki += 1
                case .history: memoryFromHistory += 1
                case .estimate: memoryEstimated += 1
                case .none: break
                }
                if reading.suspended { suspended += 1 }
                if reading.buried { buried += 1 }
                cards.append(
                    ScheduledCardImport(
                        type: type, state: reading.state, due: reading.due, lastReview: reading.lastReview,
                        reps: reading.reps, lapses: reading.lapses, suspended: reading.suspended,
                        buriedUntil: reading.buried ? dayEnd : nil,
                        reviews: history.reviews))
            }
            self.cards += cards.count
            notes.append(ScheduledNoteImport(note: note, deckName: deckName, cards: cards))
            newPositions.append(
                ankiCards.filter { $0.type == 0 }
                    .map { $0.originalDeckID != 0 && $0.originalDue != 0 ? $0.originalDue : $0.due }.min())
        }
        keepNewCardOrder(newPositions)
    }

    /// Puts the notes with new cards in Anki's new-card order (`due` of a new card is its position), after the
    /// others: Tifa shows new cards in the order their notes were added, and Anki's order need not be the notes'
    /// creation order (a learner may have repositioned or shuffled them).
    private mutating func keepNewCardOrder(_ positions: [Int64?]) {
        let order = notes.indices.sorted { a, b in
            let (left, right) = (positions[a] ?? .min, positions[b] ?? .min)
            return left != right ? left < right : a < b
        }
        notes = order.map { notes[$0] }
    }

    /// The Tifa card type of an Anki card: a cloze note type's first cloze; on the note type "Tifa", the template
    /// of that name; on any other, the first template asks for the meaning and the second for the term.
    static func cardType(of card: AnkiCardRow, noteType: AnkiCollectionRows.NoteType) -> CardType? {
        if noteType.isCloze { return card.ord == 0 ? .cloze : nil }
        if card.ord < noteType.templates.count,
            let type = CardType(rawValue: noteType.templates[card.ord].lowercased()),
            noteType.name.hasPrefix("Tifa")
        {
            return type
        }
        switch card.ord {
        case 0: return .recognition
        case 1: return .production
        default: return nil
        }
    }

    /// The decks the notes go into, in order.
    public var deckNames: [String] {
        var names: [String] = []
        for note in notes where !names.contains(note.deckName) { names.append(note.deckName) }
        return names
    }
}

extension ImportColumns {
    /// Columns of a record made from an Anki note: its fields, then its GUID and tags.
    init(fields: [(column: Int, field: AnkiField)], guid: Int, tags: Int) {
        self.fields = fields
        self.guid = guid
        self.tags = tags
        ignored = []
    }
}
