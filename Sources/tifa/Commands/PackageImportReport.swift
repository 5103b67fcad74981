import Export
import Store

/// What a package import read and did, for people and for scripts.
struct PackageImportReport: Encodable {
    struct NoteType: Encodable {
        var name: String
        var notes: Int
        var mapping: String
        var unmapped: [String]
    }

    struct Written: Encodable {
        var createdDecks: [String]
        var notesAdded: Int
        var notesUpdated: Int
        var notesUnchanged: Int
        var cardsAdded: Int
        var cardsUpdated: Int
        var cardsUnchanged: Int
        var reviewsAdded: Int
        var reviewsPresent: Int
        var skipped: [String]
    }

    var file: String
    var collection: String
    var schema: Int
    var dryRun: Bool
    var decks: [String]
    var noteTypes: [NoteType]
    var notes: Int
    var cards: Int
    var reviews: Int
    var suspended: Int
    var buried: Int
    var memoryStates: [String: Int]
    var cardsLeftOut: Int
    var manualRevlogRows: Int
    var mediaIgnored: Int
    var skipped: [String]
    var written: Written?

    init(file: String, package: AnkiPackageImport, result: ScheduledImportResult?) {
        self.file = file
        collection = package.collectionFile
        schema = package.schemaVersion
        dryRun = result == nil
        decks = package.deckNames
        noteTypes = package.noteTypes.map {
            NoteType(
                name: $0.name, notes: $0.notes, mapping: $0.mapping,
                unmapped: $0.unmapped)
        }
        notes = package.notes.count
        cards = package.cards
        reviews = package.reviews
        suspended = package.suspended
        buried = package.buried
        memoryStates = [
            "anki": package.memoryFromAnki, "replayed": package.memoryFromHistory,
            "estimated": package.memoryEstimated,
        ]
        cardsLeftOut = package.cardsLeftOut
        manualRevlogRows = package.manualRevlogRows
        mediaIgnored = package.mediaFiles
        skipped = package.skipped.map { "note \($0.guid): \($0.reason)" }
        written = result.map { result in
            Written(
                createdDecks: result.createdDecks, notesAdded: result.notesAdded, notesUpdated: result.notesUpdated,
                notesUnchanged: result.notesUnchanged, cardsAdded: result.cardsAdded,
                cardsUpdated: result.cardsUpdated, cardsUnchanged: result.cardsUnchanged,
                reviewsAdded: result.reviewsAdded, reviewsPresent: result.reviewsPresent,
                skipped: result.skipped.map { "\($0.term): \($0.reason)" })
        }
    }

    var text: String {
        var lines: [String] = []
        let deckList = decks.map { "'\($0)'" }.joined(separator: ", ")
        if let written {
            lines.append(
                "Imported \(file) (\(collection)) into \(deckList): notes \(written.notesAdded) added, "
                    + "\(written.notesUpdated) updated, \(written.notesUnchanged) unchanged; cards "
                    + "\(written.cardsAdded) added, \(written.cardsUpdated) updated, \(written.cardsUnchanged) "
                    + "unchanged; reviews \(written.reviewsAdded) added, \(written.reviewsPresent) already there.")
            if !written.createdDecks.isEmpty {
                lines.append("  new decks: \(written.createdDecks.joined(separator: ", "))")
            }
            for skip in written.skipped { lines.append("  skipped \(skip)") }
        } else {
            lines.append(
                "Dry run: \(file) (\(collection), schema \(schema)) would go into \(deckList): "
                    + "\(notes) notes, \(cards) cards, \(reviews) reviews; nothing was written.")
        }
        for type in noteTypes {
            let unmapped = type.unmapped.isEmpty ? "" : "; not read: \(type.unmapped.joined(separator: ", "))"
            lines.append("  note type '\(type.name)' (\(type.notes) notes): \(type.mapping)\(unmapped)")
        }
        lines.append(
            "  \(suspended) suspended, \(buried) buried; memory states: \(memoryStates["anki"] ?? 0) from "
                + "Anki, \(memoryStates["replayed"] ?? 0) replayed from the log, \(memoryStates["estimated"] ?? 0) "
                + "estimated from SM-2")
        var ignored: [String] = []
        if mediaIgnored > 0 { ignored.append("\(mediaIgnored) media files") }
        if cardsLeftOut > 0 { ignored.append("\(cardsLeftOut) cards of a template Tifa has no card type for") }
        if manualRevlogRows > 0 { ignored.append("\(manualRevlogRows) manual review-log rows (set due date, reset)") }
        if !ignored.isEmpty { lines.append("  left out: \(ignored.joined(separator: ", "))") }
        for skip in skipped { lines.append("  skipped \(skip)") }
        return lines.joined(separator: "\n")
    }
}
