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
        func read<Row: AnkiTableRow>(_ columns: [Row.Column], _ rest: String = "") throws -> [Row] {
            Row.rows(columns, try rows(Row.select(columns, rest)))
        }
        let colColumns: [AnkiColRow.Column] = [.crt, .ver, .conf, .models, .decks, .dconf]
        guard let colValues = AnkiColRow.values(colColumns, try rows(AnkiColRow.select(colColumns))).first,
            colValues[.crt].integer != nil, let version = colValues[.ver].integer.map(Int.init)
        else { throw AnkiPackageError.damaged(packagePath, reason: "its collection has no col row") }
        let col = AnkiColRow(colValues)
        var result = AnkiCollectionRows(
            schemaVersion: version, creation: col.creation, creationMinutesWest: nil,
            rolloverHour: 4, noteTypes: [:], decks: [:], notes: [], cards: [],
            revlog: [])
        var configIDs: [Int64: Int64] = [:]
        var configs: [Int64: ImportedDeckOptions] = [:]
        if version >= 15 {
            try readTables(&result, configIDs: &configIDs, rows: rows)
        } else {
            try readJSON(&result, configIDs: &configIDs, col: col, path: packagePath)
            configs = Self.deckOptions(json: Data(col.deckOptions.utf8))
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
        result.notes = try read([.id, .guid, .mid, .tags, .flds], "ORDER BY id")
        result.cards = try read(
            [
                .id, .nid, .did, .ord, .type, .queue, .due, .ivl, .factor, .reps, .lapses, .left,
                .odue, .odid, .data,
            ], "ORDER BY nid, ord")
        result.revlog = try read([.id, .cid, .ease, .ivl, .lastIvl, .factor, .time, .type], "ORDER BY id")
        return result
    }

    /// Schema 15 and later: `notetypes`, `fields`, `templates` and `decks` tables. A note type's kind is field 1
    /// of its protobuf config. Fields and templates of note types no longer in `notetypes` are ignored.
    private static func readTables(
        _ result: inout AnkiCollectionRows, configIDs: inout [Int64: Int64],
        rows: (String) throws -> [[SQLiteFile.Value]]
    ) throws {
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
                let configID = Protobuf.varints(in: normal)?[1]
            {
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
    private static func readJSON(
        _ result: inout AnkiCollectionRows, configIDs: inout [Int64: Int64], col: AnkiColRow,
        path: String
    ) throws {
        let decoder = JSONDecoder()
        do {
            for (key, model) in try decoder.decode([String: ModelJSON].self, from: Data(col.noteTypes.utf8)) {
                guard let id = Int64(key) else { continue }
                result.noteTypes[id] = .init(
                    id: id, name: model.name, fields: model.flds.sorted { ($0.ord ?? 0) < ($1.ord ?? 0) }.map(\.name),
                    templates: model.tmpls.sorted { ($0.ord ?? 0) < ($1.ord ?? 0) }.map(\.name),
                    isCloze: model.type == 1)
            }
            for (key, deck) in try decoder.decode([String: DeckJSON].self, from: Data(col.decks.utf8)) {
                guard let id = Int64(key) else { continue }
                result.decks[id] = deck.name
                configIDs[id] = deck.conf
            }
        } catch {
            throw AnkiPackageError.damaged(path, reason: "its note types or decks are not readable JSON")
        }
        if let settings = try? JSONSerialization.jsonObject(with: Data(col.configuration.utf8)) as? [String: Any] {
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
