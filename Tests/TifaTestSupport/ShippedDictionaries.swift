import Foundation

/// The shipped `Dictionaries/` and the one index of them that every test target uses: LexiconTests and
/// ExtractionTests open it in the test process, the end-to-end tests point the `tifa` binary at it. A debug build
/// of the index takes seconds of CPU, so it is built once for a build of the tests, not once per target and run.
public enum ShippedDictionaries {
    /// The checkout's root (this file is `Tests/TifaTestSupport/ShippedDictionaries.swift`).
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    public static let folder = root.appendingPathComponent("Dictionaries")

    /// The cache folder: one per checkout and per build of the test bundle, so a rebuilt Tifa (whose index
    /// builder may have changed) never reads an index an older build wrote, and two checkouts never share one.
    /// The lexicon cache itself decides when its index is stale against the dictionaries and rebuilds it under
    /// a lock, so the targets and processes that open it at the same time are safe. Folders of earlier builds
    /// of this checkout are removed.
    public static let cache: URL = {
        let checkout = FileManager.default.temporaryDirectory
            .appendingPathComponent("tifa-test-lexicon-\(fingerprint(of: root.path))", isDirectory: true)
        let build = checkout.appendingPathComponent(buildIdentity, isDirectory: true)
        let earlier = (try? FileManager.default.contentsOfDirectory(atPath: checkout.path)) ?? []
        for name in earlier where name != build.lastPathComponent {
            try? FileManager.default.removeItem(at: checkout.appendingPathComponent(name))
        }
        return build
    }()

    /// The running test bundle's size and modification time: it is relinked whenever any code of the package
    /// changes. A bundle that cannot be read gets a folder of its own for this run.
    private static var buildIdentity: String {
        let bundle = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: bundle),
            let size = (attributes[.size] as? NSNumber)?.int64Value,
            let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970
        else {
            return "run-\(ProcessInfo.processInfo.processIdentifier)"
        }
        return "build-\(size)-\(Int64(modified * 1_000))"
    }

    /// FNV-1a of a path, as a short folder name.
    private static func fingerprint(of text: String) -> String {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        return String(hash, radix: 16)
    }
}
