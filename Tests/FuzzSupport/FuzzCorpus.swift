import Foundation

/// Real inputs to mutate: the articles of `Decks/`, and the shared corpus of government work reports, party
/// congress reports and the PKU segmentation test (`../shared/corpus/`) when it is there, each cut to its first
/// 8 KB so that a mutated input stays quick to read; and the inputs that once crashed something, kept in
/// `Tests/Reliability/crashes/<target>/` as regression fixtures.
public enum FuzzCorpus {
    public static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    public static let articles: [[UInt8]] = {
        let decks = root.appendingPathComponent("Decks")
        let shared = root.appendingPathComponent("../shared/corpus").standardizedFileURL
        var files = ((try? FileManager.default.contentsOfDirectory(atPath: decks.path)) ?? []).sorted()
            .map { decks.appendingPathComponent("\($0)/article.txt") }
        for folder in ["gov-work-reports", "cpc-congress", "sighan2005-pku"] {
            let url = shared.appendingPathComponent(folder)
            files += ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
                .map { url.appendingPathComponent($0) }
        }
        return files.compactMap { FileManager.default.contents(atPath: $0.path) }.map { Array($0.prefix(8_192)) }
    }()

    /// The kept crashing inputs of one fuzz target (`reader`, `segmenter`, `replay`), by file name.
    public static func crashes(_ target: String) -> [(name: String, bytes: [UInt8])] {
        let folder = root.appendingPathComponent("Tests/Reliability/crashes/\(target)")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
            .filter { !$0.hasPrefix(".") && $0 != "README.md" }
            .compactMap { name in FileManager.default.contents(atPath: folder.appendingPathComponent(name).path).map { (name, [UInt8]($0)) } }
    }
}
