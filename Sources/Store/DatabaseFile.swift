#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import GRDB

/// Checks made on the database file before SQLite touches it, so that a wrong `--db` never damages the file
/// it names and a read-only place gets a message instead of an SQLite error code.
enum DatabaseFile {
    /// The 16 bytes every SQLite 3 database file starts with.
    private static let header = Array("SQLite format 3\u{0}".utf8)

    /// Creates the folder that will hold `url` and refuses a file that exists but is not SQLite.
    /// - Returns: whether the file exists and is not empty.
    static func prepare(_ url: URL) throws -> Bool {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            if isExistingFolder(folder) { throw StoreError.folderNotWritable(folder.path) }
            throw StoreError.cannotCreateFolder(folder.path, reason: reason(of: error))
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return false }
        if isDirectory.boolValue { throw StoreError.notADatabase(url.path) }
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
            switch error.resultCode {
            case .SQLITE_NOTADB: return StoreError.notADatabase(url.path)
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

    static func reason(of error: any Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        if let error = error as? CocoaError, let underlying = error.underlying as? POSIXError {
            return String(cString: strerror(underlying.code.rawValue))
        }
        return error.localizedDescription
    }
}

private extension CocoaError {
    var underlying: (any Error)? { userInfo[NSUnderlyingErrorKey] as? any Error }
}
