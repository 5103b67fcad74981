import Foundation
import Store

/// Reads an unpacked Anki collection (schema 11 with its JSON in `col`, or 14–18 with tables) into
/// `AnkiCollectionRows`. The file is opened read-only; queries avoid the `unicase` collation Anki's name columns use.
enum AnkiCollectionReader {
    static func read(_ database: URL, packagePath: String) throws -> AnkiCollectionRows {
        func rows(_ sql: String) throws -> [[SQLiteFile.Value]] {
            do {
                return try SQLiteFile.rows(in: database, sql: sql)
            } catch {
                throw AnkiPackageError.damaged(packagePath, reason: "its collection is not a readable SQLite database")
            }
        }
        guard let col = try rows("SELECT crt, ver, conf, models, decks, dconf FROM col").first, col.count == 6,
              let creation = col[0].integer, let version = col[1].integer.map(Int.init)
        else { throw AnkiPackageError.damaged(packagePath, reason: "its collection has no col row") }
        guard version == 11 || (14...18).contains(version) else {
            throw AnkiPackageError.unsupportedSchema(packagePath, version: version)
        }
        var result = AnkiCollectionRows(schemaVersion: version, creation: creation, creationMinutesWest: nil,
                                        rolloverHour: 4, noteTypes: [:], decks: [:], notes: [], cards: [],
                                        revlog: [])
        var configIDs: [Int64: Int64] = [:]
        var configs: [Int64: ImportedDeckOptions] = [:]
        if version >= 15 {
            try readTables(&result, configIDs: &configIDs, rows: rows)
        } else {
            try readJSON(&result, configIDs: &configIDs, conf: col[2].bytes, models: col[3].bytes,
                         decks: col[4].bytes, path: packagePath)
            configs = Self.deckOptions(json: col[5].bytes)
        }
        if version >= 14 {
            for row in try rows("SELECT id, config FROM deck_config") where row.count == 2 {
                guard let id = row[0].integer, let options = ImportedDeckOptions(ankiProtobuf: row[1].bytes) else { continue }
                configs[id] = options
            }
        }
        result.deckOptions = configIDs.compactMapValues { configs[$0] }
        if version >= 14 {
            for row in try rows("SELECT key, val FROM config") where row.count == 2 {
                let value = row[1].bytes
                switch row[0].text {
                case "creationOffset": result.creationMinutesWest = Self.jsonInteger(value)
                case "rollover": result.rolloverHour = Self.jsonInteger(value) ?? 4
                default: break
                }
            }
        }
        result.notes = try rows("SELECT id, guid, mid, tags, flds FROM notes ORDER BY id").map { row in
            AnkiCollectionRows.Note(
                id: row[0].integer ?? 0, guid: row[1].text ?? "", noteTypeID: row[2].integer ?? 0,
                tags: row[3].text ?? "",
                fields: (row[4].text ?? "").split(separator: "\u{1F}", omittingEmptySubsequences: false).map(String.init))
        }
        result.cards = try rows("""
            SELECT id, nid, did, ord, type, queue, due, ivl, factor, reps, lapses, left, odue, odid, data
            FROM cards ORDER BY nid, ord
            """).map { row in
            func int(_ index: Int) -> Int { Int(clamping: row[index].integer ?? 0) }
            return AnkiCollectionRows.Card(
                id: row[0].integer ?? 0, noteID: row[1].integer ?? 0, deckID: row[2].integer ?? 0, ord: int(3),
                type: int(4), queue: int(5), due: row[6].integer ?? 0, interval: int(7), factor: int(8), reps: int(9),
                lapses: int(10), left: int(11), originalDue: row[12].integer ?? 0, originalDeckID: row[13].integer ?? 0,
                data: row[14].text ?? "")
        }
        result.revlog = try rows("SELECT id, cid, ease, ivl, lastIvl, factor, time, type FROM revlog ORDER BY id")
            .map { row in
                func int(_ index: Int) -> Int { Int(clamping: row[index].integer ?? 0) }
                return AnkiCollectionRows.Revlog(id: row[0].integer ?? 0, cardID: row[1].integer ?? 0, ease: int(2),
                                                 interval: int(3), lastInterval: int(4), factor: int(5), time: int(6),
                                                 type: int(7))
            }
        return result
    }

    /// Schema 15 and later: `notetypes`, `fields`, `templates` and `decks` tables. A note type's kind is field 1
    /// of its protobuf config. Fields and templates of note types no longer in `notetypes` are ignored.
    private static func readTables(_ result: inout AnkiCollectionRows, configIDs: inout [Int64: Int64],
                                   rows: (String) throws -> [[SQLiteFile.Value]]) throws {
        for row in try rows("SELECT id, name, config FROM notetypes") {
            guard let id = row[0].integer else { continue }
            let kind = Protobuf.varints(in: row[2].bytes)?[1] ?? 0
            result.noteTypes[id] = .init(id: id, name: row[1].text ?? "", fields: [], templates: [], isCloze: kind == 1)
        }
        for row in try rows("SELECT ntid, ord, name FROM fields ORDER BY ntid, ord") {
            guard let id = row[0].integer, result.noteTypes[id] != nil else { continue }
            result.noteTypes[id]?.fields.append(row[2].text ?? "")
        }
        for row in try rows("SELECT ntid, ord, name FROM templates ORDER BY ntid, ord") {
            guard let id = row[0].integer, result.noteTypes[id] != nil else { continue }
            result.noteTypes[id]?.templates.append(row[2].text ?? "")
        }
        for row in try rows("SELECT id, name, kind FROM decks") {
            guard let id = row[0].integer else { continue }
            result.decks[id] = (row[1].text ?? "").replacingOccurrences(of: "\u{1F}", with: "::")
            // Deck.KindContainer: field 1 is a normal deck, whose field 1 names its deck config.
            if case let .bytes(normal)? = Protobuf.fields(in: row[2].bytes)?[1]?.last,
               let configID = Protobuf.varints(in: normal)?[1] {
                configIDs[id] = Int64(bitPattern: configID)
            }
        }
    }

    private struct ModelJSON: Decodable {
        struct Named: Decodable {
            var name: String
            var ord: Int?
        }

        var name: String
        var type: Int?
        var flds: [Named]
        var tmpls: [Named]
    }

    private struct DeckJSON: Decodable {
        var name: String
        /// The deck config's id; absent for a filtered deck.
        var conf: Int64?
    }

    /// Schema 11: note types, decks and settings as JSON in the `col` row.
    private static func readJSON(_ result: inout AnkiCollectionRows, configIDs: inout [Int64: Int64], conf: Data,
                                 models: Data, decks: Data, path: String) throws {
        let decoder = JSONDecoder()
        do {
            for (key, model) in try decoder.decode([String: ModelJSON].self, from: models) {
                guard let id = Int64(key) else { continue }
                result.noteTypes[id] = .init(
                    id: id, name: model.name, fields: model.flds.sorted { ($0.ord ?? 0) < ($1.ord ?? 0) }.map(\.name),
                    templates: model.tmpls.sorted { ($0.ord ?? 0) < ($1.ord ?? 0) }.map(\.name),
                    isCloze: model.type == 1)
            }
            for (key, deck) in try decoder.decode([String: DeckJSON].self, from: decks) {
                guard let id = Int64(key) else { continue }
                result.decks[id] = deck.name
                configIDs[id] = deck.conf
            }
        } catch {
            throw AnkiPackageError.damaged(path, reason: "its note types or decks are not readable JSON")
        }
        if let settings = try? JSONSerialization.jsonObject(with: conf) as? [String: Any] {
            result.creationMinutesWest = (settings["creationOffset"] as? NSNumber)?.intValue
            result.rolloverHour = (settings["rollover"] as? NSNumber)?.intValue ?? 4
        }
    }

    /// Schema 11's deck configs, by id, from `col.dconf`; none when it is not readable (options are not needed
    /// to import the notes, and Tifa's defaults stay).
    private static func deckOptions(json: Data) -> [Int64: ImportedDeckOptions] {
        guard let configs = try? JSONSerialization.jsonObject(with: json) as? [String: Any] else { return [:] }
        var result: [Int64: ImportedDeckOptions] = [:]
        for (key, value) in configs {
            guard let id = Int64(key), let config = value as? [String: Any] else { continue }
            result[id] = ImportedDeckOptions(ankiJSON: config)
        }
        return result
    }

    private static func jsonInteger(_ data: Data) -> Int? {
        (try? JSONSerialization.jsonObject(with: data, options: .fragmentsAllowed) as? NSNumber)?.intValue
    }
}
