import Foundation
import TextFile

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens the lexicon index from the user's cache folder, building it first when it is missing, damaged,
/// or was built from other dictionary files than the ones on disk now.
///
/// Two files live there: the index image and a stamp naming the dictionary files' sizes and times it was
/// checked against, and the index file itself (device, inode, size, time) as Tifa wrote it. A matching stamp
/// costs a few `stat` calls; changed dictionary files cost a checksum of them, and only a changed checksum
/// costs a rebuild. An index file that is not the one the stamp names (written to by anything, copied, or
/// left by a build that lost a race) is never trusted: it is rebuilt. Both files are written to a temporary
/// name and renamed, so two processes building at once each leave a complete file behind.
public enum LexiconCache {
    static let indexName = "lexicon-v\(LexiconImage.formatVersion).bin"
    static let stampName = "lexicon-v\(LexiconImage.formatVersion).stamp"

    /// `$TIFA_CACHE_DIR`, else `$XDG_CACHE_HOME/tifa`, else `~/.cache/tifa`.
    public static func directory(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL {
        if let explicit = environment["TIFA_CACHE_DIR"], !explicit.isEmpty {
            return URL(fileURLWithPath: explicit)
        }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty {
            return URL(fileURLWithPath: xdg).appendingPathComponent("tifa")
        }
        let home = environment["HOME"].map { URL(fileURLWithPath: $0) } ?? FileManager.default.homeDirectoryForCurrentUser
        return home.appendingPathComponent(".cache/tifa")
    }

    /// What `open` had to do, for tests and for telling the user why the first run is slower.
    public enum Outcome: Equatable, Sendable {
        case reused, restamped, built
    }

    public static func open(
        _ sources: DictionarySources,
        in directory: URL,
        announce: (String) -> Void = { _ in }
    ) throws -> (index: LexiconIndex, outcome: Outcome) {
        let indexURL = directory.appendingPathComponent(indexName)
        let stampURL = directory.appendingPathComponent(stampName)
        let stamp = try sources.stamp()
        if let existing = try reusable(indexURL, stampURL, stamp: stamp, sources: sources) { return existing }
        // Building and restamping happen under a lock on the folder, so a second process waits for the first
        // and then finds its index, instead of building another and leaving the stamp naming the wrong file.
        return try withLock(in: directory) {
            if let existing = try reusable(indexURL, stampURL, stamp: stamp, sources: sources) { return existing }
            let checksum = try sources.checksum()
            announce("Building the lexicon index in \(directory.path) (once, a second or two)…")
            // Streamed to the file as it is made: the image is never whole in memory.
            try writeAtomically(to: indexURL) { descriptor in
                var output = ImageOutput(descriptor: descriptor)
                try LexiconIndexBuilder.build(from: sources, checksum: checksum, into: &output)
            }
            let built: LexiconIndex
            do {
                built = try LexiconIndex(path: indexURL.path)
            } catch {
                throw LexiconError.cacheNotWritable(indexURL.path, reason: "the file written could not be read back")
            }
            try writeAtomically(
                Data(Stamp(sources: stamp, checksum: checksum, index: built.fileIdentity).text.utf8),
                to: stampURL)
            removeOtherVersions(in: directory)
            return (built, .built)
        }
    }

    /// The index on disk when it can be used: the very file the stamp names, built from dictionaries with the
    /// stamp's fingerprint (reused) or, when the dictionary files were touched, with the same contents
    /// (restamped). Nil when it must be built.
    private static func reusable(
        _ indexURL: URL, _ stampURL: URL, stamp: String, sources: DictionarySources
    ) throws -> (index: LexiconIndex, outcome: Outcome)? {
        guard let existing = try? LexiconIndex(path: indexURL.path),
            let recorded = (try? String(contentsOf: stampURL, encoding: .utf8)).map(Stamp.init(text:)),
            recorded.index == existing.fileIdentity
        else { return nil }
        if recorded.sources == stamp, recorded.checksum == existing.sourceChecksum { return (existing, .reused) }
        let checksum = try sources.checksum()
        guard existing.sourceChecksum == checksum else { return nil }
        try writeAtomically(
            Data(Stamp(sources: stamp, checksum: checksum, index: existing.fileIdentity).text.utf8),
            to: stampURL)
        return (existing, .restamped)
    }

    /// Writes a new file with POSIX calls, so that a failure keeps the system's reason (EFBIG, ENOSPC).
    /// `write` gets the open descriptor; what it throws other than a `SystemError` is about the contents,
    /// not the writing, and comes back as a `ContentsError`.
    private static func writeFile(_ path: String, _ write: (Int32) throws -> Void) throws {
        let descriptor = openNewFile(path)
        guard descriptor >= 0 else { throw SystemError.current }
        defer { closeLockFile(descriptor) }
        do { try write(descriptor) } catch let error as SystemError { throw error } catch { throw ContentsError(underlying: error) }
    }

    /// A failure to make a file's contents (a malformed dictionary line), not to write them.
    private struct ContentsError: Error {
        var underlying: any Error
    }

    /// Runs `body` holding an exclusive lock on `directory/lexicon.lock` (created if needed).
    private static func withLock<T>(in directory: URL, _ body: () throws -> T) throws -> T {
        let lockURL = directory.appendingPathComponent("lexicon.lock")
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw LexiconError.cacheNotWritable(directory.path, reason: FileErrorReason.of(error))
        }
        let descriptor = openLockFile(lockURL.path)
        guard descriptor >= 0 else {
            throw LexiconError.cacheNotWritable(lockURL.path, reason: String(cString: strerror(errno)))
        }
        defer { closeLockFile(descriptor) }  // closing releases the lock
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw LexiconError.cacheNotWritable(lockURL.path, reason: String(cString: strerror(errno)))
            }
        }
        return try body()
    }

    /// What the stamp file records: the dictionary files' fingerprint, their checksum, and the index file.
    struct Stamp: Equatable {
        var sources: String
        var checksum: UInt64
        var index: String

        init(sources: String, checksum: UInt64, index: String) {
            self.sources = sources
            self.checksum = checksum
            self.index = index
        }

        /// Reads a stamp; anything unreadable gives a stamp that matches nothing.
        init(text: String) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            sources = lines.first ?? ""
            checksum = lines.count > 1 ? UInt64(lines[1], radix: 16) ?? 0 : 0
            index = lines.count > 2 ? lines[2] : ""
        }

        var text: String { "\(sources)\n\(String(checksum, radix: 16))\n\(index)\n" }
    }

    /// Indexes of earlier formats are never read again: they only take space.
    private static func removeOtherVersions(in directory: URL) {
        let current: Set = [indexName, stampName]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        where name.hasPrefix("lexicon-v") && !current.contains(name) {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    static func writeAtomically(_ data: Data, to url: URL) throws {
        try writeAtomically(to: url) { descriptor in
            var output = ImageOutput(descriptor: descriptor)
            try data.withUnsafeBytes { try output.append($0) }
            try output.flush()
        }
    }

    /// Writes a file under a temporary name with `write`, then renames it into place: a reader sees the old
    /// file or the whole new one, never part of it.
    static func writeAtomically(to url: URL, _ write: (Int32) throws -> Void) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(
            ".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try writeFile(temporary.path, write)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch let error as ContentsError {
            try? FileManager.default.removeItem(at: temporary)
            throw error.underlying
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw LexiconError.cacheNotWritable(url.path, reason: FileErrorReason.of(error))
        }
    }
}

private func openLockFile(_ path: String) -> Int32 { open(path, O_CREAT | O_RDWR, 0o644) }

private func openNewFile(_ path: String) -> Int32 { open(path, O_CREAT | O_EXCL | O_WRONLY, 0o644) }

private func closeLockFile(_ descriptor: Int32) { _ = close(descriptor) }
