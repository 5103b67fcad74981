import Foundation

/// The files in `Dictionaries/` that the lexicon is built from. Their sizes and modification times
/// (and, when those change, their contents' checksum) decide whether the cached index is still current.
public struct DictionarySources: Sendable, Equatable {
    public var directory: URL

    public static let fileNames = [
        "cedict_ts.u8", "jieba_dict.txt", "idioms.tsv", "hsk.tsv", "glossary.tsv", "register.tsv",
        "register-skips.tsv", "opencc_st.tsv",
    ]

    public init(directory: URL) {
        self.directory = directory
    }

    public func url(_ name: String) -> URL { directory.appendingPathComponent(name) }

    /// Finds `Dictionaries/`: `$TIFA_DICTIONARIES` first; then next to or above the executable (a checkout's
    /// `.build/release/tifa`, or an install with `share/tifa/Dictionaries`); then the source tree it was built from.
    public static func locate(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        executable: URL = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
    ) throws -> DictionarySources {
        if let explicit = environment["TIFA_DICTIONARIES"], !explicit.isEmpty {
            let sources = DictionarySources(directory: URL(fileURLWithPath: explicit))
            guard sources.isComplete else { throw LexiconError.dictionariesIncomplete(explicit, missing: sources.missingFiles) }
            return sources
        }
        var candidates: [URL] = []
        var folder = executable.deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("Dictionaries"))
            candidates.append(folder.appendingPathComponent("share/tifa/Dictionaries"))
            folder = folder.deletingLastPathComponent()
        }
        // The source tree this binary was built from: Sources/Lexicon/DictionarySources.swift → ../../Dictionaries.
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot.appendingPathComponent("Dictionaries"))
        for candidate in candidates where DictionarySources(directory: candidate).isComplete {
            return DictionarySources(directory: candidate.standardizedFileURL)
        }
        throw LexiconError.dictionariesNotFound
    }

    public var missingFiles: [String] {
        Self.fileNames.filter { !FileManager.default.fileExists(atPath: url($0).path) }
    }

    public var isComplete: Bool { missingFiles.isEmpty }

    /// A cheap fingerprint of the files as they are on disk: name, size and modification time of each.
    public func stamp() throws -> String {
        try Self.fileNames.map { name in
            let attributes = try FileManager.default.attributesOfItem(atPath: url(name).path)
            let size = (attributes[.size] as? NSNumber)?.int64Value ?? -1
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(name):\(size):\(modified)"
        }.joined(separator: ";")
    }

    /// The checksum of the files' contents: what the cached index was built from.
    public func checksum() throws -> UInt64 {
        var hash = FNV1a()
        for name in Self.fileNames {
            hash.combine(Array(name.utf8))
            let data = try Data(contentsOf: url(name), options: .mappedIfSafe)
            data.withUnsafeBytes { hash.combine($0) }
        }
        return hash.value
    }
}
