import Foundation

/// Opens the lexicon index from the user's cache folder, building it first when it is missing, damaged,
/// or was built from other dictionary files than the ones on disk now.
///
/// Two files live there: the index image and a stamp naming the dictionary files' sizes and times it was
/// checked against. A matching stamp costs a few `stat` calls; a changed one costs a checksum of the files,
/// and only a changed checksum costs a rebuild. Both are written to a temporary name and renamed, so two
/// processes building at once each leave a complete file behind.
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
        let existing = try? LexiconIndex(path: indexURL.path)
        if let existing, (try? String(contentsOf: stampURL, encoding: .utf8)) == stampText(stamp, existing.sourceChecksum) {
            return (existing, .reused)
        }
        let checksum = try sources.checksum()
        if let existing, existing.sourceChecksum == checksum {
            try writeAtomically(Data(stampText(stamp, checksum).utf8), to: stampURL)
            return (existing, .restamped)
        }
        announce("Building the lexicon index in \(directory.path) (once, a few seconds)…")
        let image = try LexiconIndexBuilder.build(from: sources, checksum: checksum)
        try writeAtomically(Data(image), to: indexURL)
        try writeAtomically(Data(stampText(stamp, checksum).utf8), to: stampURL)
        removeOtherVersions(in: directory)
        do {
            return (try LexiconIndex(path: indexURL.path), .built)
        } catch {
            throw LexiconError.cacheNotWritable(indexURL.path, reason: "the file written could not be read back")
        }
    }

    /// Indexes of earlier formats are never read again: they only take space.
    private static func removeOtherVersions(in directory: URL) {
        let current: Set = [indexName, stampName]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        where name.hasPrefix("lexicon-v") && !current.contains(name) {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent(name))
        }
    }

    private static func stampText(_ stamp: String, _ checksum: UInt64) -> String {
        "\(stamp)\n\(String(checksum, radix: 16))\n"
    }

    static func writeAtomically(_ data: Data, to url: URL) throws {
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).\(UInt32.random(in: 0...UInt32.max))")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try data.write(to: temporary)
            guard rename(temporary.path, url.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw LexiconError.cacheNotWritable(url.path, reason: (error as NSError).localizedDescription)
        }
    }
}
