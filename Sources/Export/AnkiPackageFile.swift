import Foundation
import ZIPFoundation

/// The zip of an Anki package, opened: which collection it holds, unpacked to a temporary SQLite file, and how
/// many media files it carries (which Tifa leaves alone). See `../shared/reference/anki-package-format.md`.
///
/// `meta` (protobuf `PackageMetadata`) names the collection: version 3 `collection.anki21b` (zstd, schema 18),
/// 2 `collection.anki21` (schema 11), 1 `collection.anki2`; without `meta`, `collection.anki21` if present,
/// else `collection.anki2`. Every package also holds a dummy `collection.anki2`, never read when a newer one is named.
struct AnkiPackageFile {
    enum Format: String, Sendable {
        case latest = "collection.anki21b"
        case legacy2 = "collection.anki21"
        case legacy1 = "collection.anki2"
    }

    let format: Format
    /// The unpacked collection, in a folder of its own that `remove()` deletes.
    let database: URL
    let mediaFiles: Int

    /// Opens the package at `url` and unpacks its collection into a new temporary folder.
    init(at url: URL, limits: AnkiPackageLimits) throws {
        let path = url.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw AnkiPackageError.unreadable(path, reason: "no such file")
        }
        if isFolder.boolValue { throw AnkiPackageError.unreadable(path, reason: "it is a folder") }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw AnkiPackageError.unreadable(path, reason: "permission denied")
        }
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch { throw AnkiPackageError.notAZip(path) }
        var names: [String: Entry] = [:]
        var count = 0
        for entry in archive {
            count += 1
            if count > limits.members { throw AnkiPackageError.tooManyMembers(path, count: count, limit: limits.members) }
            names[entry.path] = entry
        }
        if names.isEmpty { throw AnkiPackageError.notAZip(path) }
        mediaFiles = names.keys.filter { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }.count

        let format: Format
        if let meta = names["meta"] {
            let bytes = try Self.read(meta, of: archive, path: path, limit: limits.smallMemberBytes)
            guard let fields = Protobuf.varints(in: bytes) else {
                throw AnkiPackageError.damaged(path, reason: "its meta is not readable")
            }
            switch fields[1] ?? 0 {
            case 1: format = .legacy1
            case 2: format = .legacy2
            case 3: format = .latest
            case let version: throw AnkiPackageError.newerFormat(path, version: Int(clamping: version))
            }
        } else {
            format = names[Format.legacy2.rawValue] != nil ? .legacy2 : .legacy1
        }
        guard let member = names[format.rawValue] else { throw AnkiPackageError.noCollection(path) }

        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("tifa-apkg-import-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        let database = folder.appendingPathComponent("collection.sqlite")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: database.path, contents: nil),
                let handle = FileHandle(forWritingAtPath: database.path)
            else { throw AnkiPackageError.unreadable(path, reason: "cannot write a temporary file in \(folder.path)") }
            defer { try? handle.close() }
            try Self.unpack(
                member, of: archive, path: path, compressed: format == .latest,
                limit: limits.collectionBytes
            ) { chunk in handle.write(chunk) }
            try handle.synchronize()
            try Self.useRollbackJournal(database)
        } catch {
            try? FileManager.default.removeItem(at: folder)
            throw error
        }
        self.format = format
        self.database = database
    }

    func remove() {
        try? FileManager.default.removeItem(at: database.deletingLastPathComponent())
    }

    /// A small member's bytes, stored or deflated.
    private static func read(_ entry: Entry, of archive: Archive, path: String, limit: Int) throws -> Data {
        var data = Data()
        try unpack(entry, of: archive, path: path, compressed: false, limit: limit) { data.append($0) }
        return data
    }

    /// A member's bytes in chunks, inflated and (for a current collection) zstd-decompressed, refused past `limit`.
    private static func unpack(
        _ entry: Entry, of archive: Archive, path: String, compressed: Bool, limit: Int,
        output: @escaping (Data) throws -> Void
    ) throws {
        let name = entry.path
        if !compressed && entry.uncompressedSize > UInt64(limit) {
            throw AnkiPackageError.memberTooLarge(path, member: name, limit: limit)
        }
        var zipped = Data()
        var unzippedCount = 0
        let checksum: CRC32
        do {
            checksum = try archive.extract(entry, skipCRC32: false) { chunk in
                unzippedCount += chunk.count
                if unzippedCount > limit { throw AnkiPackageError.memberTooLarge(path, member: name, limit: limit) }
                if compressed { zipped.append(chunk) } else { try output(chunk) }
            }
        } catch let error as AnkiPackageError {
            throw error
        } catch {
            throw AnkiPackageError.damaged(path, reason: "its member '\(name)' cannot be unpacked")
        }
        if checksum != entry.checksum {
            throw AnkiPackageError.damaged(path, reason: "its member '\(name)' fails its checksum")
        }
        guard compressed else { return }
        do {
            try Zstd.decompress(zipped, limit: limit) { try output(Data($0)) }
        } catch Zstd.Failure.tooLarge {
            throw AnkiPackageError.memberTooLarge(path, member: name, limit: limit)
        } catch let Zstd.Failure.damaged(reason) {
            throw AnkiPackageError.damaged(path, reason: "its member '\(name)' is not readable zstd: \(reason)")
        }
    }

    /// Anki writes schema-18 collections in WAL mode (header bytes 18 and 19 are 2); the exported file is
    /// complete without its WAL, so it is marked as a rollback-journal file, which SQLite opens read-only as is.
    private static func useRollbackJournal(_ database: URL) throws {
        guard let handle = FileHandle(forUpdatingAtPath: database.path) else { return }
        defer { try? handle.close() }
        try handle.seek(toOffset: 18)
        let header = try handle.read(upToCount: 2) ?? Data()
        if header == Data([2, 2]) {
            try handle.seek(toOffset: 18)
            try handle.write(contentsOf: Data([1, 1]))
        }
    }
}
