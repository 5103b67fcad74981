import Foundation
import GRDB
import TextFile

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Checks made on the database file before SQLite touches it, so that a wrong `--db` never damages the file
/// it names and a read-only place gets a message instead of an SQLite error code.
enum DatabaseFile {
    /// The 16 bytes every SQLite 3 database file starts with.
    private static let header = Array("SQLite format 3\u{0}".utf8)

    /// Creates the folder that will hold `url` and refuses a file that exists but is not SQLite.
    /// - Returns: whether the file exists and is not empty.
    static func prepare(_ url: URL) throws -> Bool {
        let folder = url.deletingLastPathComponent()
        if isExistingFolder(url) { throw StoreError.databaseIsFolder(url.path) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            if isExistingFolder(folder) { throw StoreError.folderNotWritable(folder.path) }
            throw StoreError.cannotCreateFolder(folder.path, reason: reason(of: error))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return false }
        if isDirectory.boolValue { throw StoreError.databaseIsFolder(url.path) }
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw StoreError.cannotOpen(url.path, reason: "it cannot be read")
        }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: header.count)) ?? Data()
        // SQLite treats an empty file as a new database.
        if start.isEmpty { return false }
        if Array(start) != header { throw StoreError.notADatabase(url.path) }
        return true
    }

    /// Turns an SQLite failure to open or write the file into the error that says why.
    static func explain(_ error: any Error, at url: URL) -> any Error {
        if error is StoreError { return error }
        if let error = error as? DatabaseError {
            if let noRoom = noRoomError(error, at: url) { return noRoom }
            switch error.resultCode {
            case .SQLITE_NOTADB: return StoreError.notADatabase(url.path)
            case .SQLITE_CORRUPT: return StoreError.damaged(url.path)
            case .SQLITE_CANTOPEN, .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_IOERR, .SQLITE_AUTH: break
            default: return StoreError.cannotOpen(url.path, reason: reason(of: error))
            }
        }
        let folder = url.deletingLastPathComponent()
        if !canCreateFile(in: folder) { return StoreError.folderNotWritable(folder.path) }
        if FileManager.default.fileExists(atPath: url.path) && access(url.path, W_OK) != 0 {
            return StoreError.databaseNotWritable(url.path)
        }
        return StoreError.cannotOpen(url.path, reason: reason(of: error))
    }

    /// The error that says why a write failed for want of room: the disk is full (SQLite reports it as
    /// SQLITE_FULL, or as an I/O error when growing its shared-memory file), or the file reached the file size
    /// limit (`ulimit -f`). Nil when neither explains `error`.
    static func noRoomError(_ error: DatabaseError, at url: URL) -> StoreError? {
        guard error.resultCode == .SQLITE_FULL || error.resultCode == .SQLITE_IOERR else { return nil }
        var limit = rlimit()
        #if canImport(Glibc)
        let resource = __rlimit_resource_t(RLIMIT_FSIZE.rawValue)
        #else
        let resource = RLIMIT_FSIZE
        #endif
        if getrlimit(resource, &limit) == 0, limit.rlim_cur != rlim_t.max {  // RLIM_INFINITY
            let largest =
                ["", "-wal", "-shm"].compactMap { suffix -> UInt64? in
                    var status = stat()
                    return stat(url.path + suffix, &status) == 0 ? UInt64(status.st_size) : nil
                }.max() ?? 0
            // SQLite writes a page (4 KiB) or a WAL frame at a time: a file within a page of the limit hit it.
            if largest + 8192 >= UInt64(limit.rlim_cur) { return .fileSizeLimit(url.path) }
        }
        if error.resultCode == .SQLITE_FULL { return .diskFull(url.path) }
        var volume = statvfs()
        guard statvfs(url.deletingLastPathComponent().path, &volume) == 0 else { return nil }
        // An I/O error with less than a few pages left is the disk filling up.
        return UInt64(volume.f_bavail) * UInt64(volume.f_frsize) < 64 * 1024 ? .diskFull(url.path) : nil
    }

    /// Whether a new file can be made in `folder`; tried for real, because `access` says yes to root on a
    /// read-only file system.
    static func canCreateFile(in folder: URL) -> Bool {
        let probe = folder.appendingPathComponent(".tifa-write-check-\(getpid())").path
        let descriptor = open(probe, O_CREAT | O_EXCL | O_WRONLY, 0o600)
        guard descriptor >= 0 else { return errno == EEXIST }
        close(descriptor)
        unlink(probe)
        return true
    }

    private static func isExistingFolder(_ folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// SQLite's words for a database failure, else the system's.
    static func reason(of error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return FileErrorReason.of(error)
    }
}
