import Foundation
import Store
import TextFile
import ZIPFoundation

/// A `.apkg` Anki imports as it imports a shared deck: a zip of `collection.anki2` (an Anki collection, schema 11,
/// with the note type "Tifa", the decks, notes and cards, and with progress the review log) and `media`, the JSON
/// index of the media files (none: `{}`). Model: genanki's `package.py`.
///
/// Hermetic: the timestamp that seeds the ids and dates is a parameter, so the same decks give the same bytes.
public struct AnkiPackage: Sendable {
    /// Whether cards carry their scheduling (due date, interval, FSRS stability and difficulty) and the answers
    /// their review log, for a learner who moves to Anki with their progress.
    public var withProgress: Bool

    public init(withProgress: Bool = false) {
        self.withProgress = withProgress
    }

    /// What a package holds.
    public struct Summary: Equatable, Sendable {
        public var notes: Int
        public var cards: Int
        public var reviews: Int
        /// Cards left out because their front would be empty (a production card without meaning, a cloze card
        /// without sentence); Anki would not make them either.
        public var cardsWithEmptyFront: Int

        public init(notes: Int, cards: Int, reviews: Int, cardsWithEmptyFront: Int) {
            self.notes = notes
            self.cards = cards
            self.reviews = reviews
            self.cardsWithEmptyFront = cardsWithEmptyFront
        }
    }

    /// Writes the package to `url`, replacing a file there only once the new one is complete.
    ///
    /// - Parameters:
    ///   - reviews: the decks' review log; written only with progress.
    ///   - timestamp: the export's moment, which seeds note and card ids (the time Anki's ids stand for).
    ///   - timeZone: the learner's, in which a study day starts at the deck's day-start hour.
    @discardableResult
    public func write(
        _ decks: [DeckContent], reviews: [ReviewLog] = [], to url: URL, timestamp: Date,
        timeZone: TimeZone
    ) throws -> Summary {
        let collection = try AnkiCollection(
            decks: decks, reviews: reviews, withProgress: withProgress,
            timestamp: timestamp, timeZone: timeZone)
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tifa-apkg-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let database = folder.appendingPathComponent("collection.anki2")
        do {
            try SQLiteFile.create(at: database, schema: AnkiCollection.schema, tables: collection.tables)
        } catch {
            throw AnkiFileError.cannotWriteCollection(error.path, reason: error.reason)
        }
        do {
            let zip = try Self.zip(
                [("collection.anki2", try Data(contentsOf: database)), ("media", Data("{}".utf8))],
                modified: timestamp)
            try zip.write(to: url, options: .atomic)
        } catch {
            throw AnkiFileError.cannotWrite(url.path, reason: FileErrorReason.of(error))
        }
        return Summary(
            notes: collection.notes.count, cards: collection.cards.count, reviews: collection.revlog.count,
            cardsWithEmptyFront: collection.cardsWithEmptyFront)
    }

    /// The zip's bytes: each file deflated, stamped with the export's time.
    static func zip(_ files: [(name: String, data: Data)], modified: Date) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (name, data) in files {
            try archive.addEntry(
                with: name, type: .file, uncompressedSize: Int64(data.count),
                modificationDate: modified, compressionMethod: .deflate
            ) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let bytes = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return bytes
    }
}
