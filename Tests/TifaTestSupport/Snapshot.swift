import Foundation
import Testing

/// Compares `text` byte for byte with the golden file `folder/name` beside the calling test file. With
/// `TIFA_RECORD_SNAPSHOTS=1` in the environment it writes the file instead (read the diff before committing it):
/// the one switch for every golden file of the package (exported decks, the stats screen).
public func assertSnapshot(
    _ text: String, named name: String, in folder: String, filePath: String = #filePath,
    sourceLocation: SourceLocation = #_sourceLocation
) throws {
    let url = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent(folder)
        .appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["TIFA_RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
    if recording {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(folder)/\(name); run with TIFA_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    guard text != expected else { return }
    let expectedLines = expected.components(separatedBy: "\n")
    let actualLines = text.components(separatedBy: "\n")
    let first =
        zip(expectedLines, actualLines).enumerated().first { $1.0 != $1.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
    let shown = { (lines: [String]) in first < lines.count ? lines[first].debugDescription : "(no line)" }
    Issue.record(
        """
        \(folder)/\(name) differs from line \(first + 1):
          expected: \(shown(expectedLines))
          actual:   \(shown(actualLines))
        run with TIFA_RECORD_SNAPSHOTS=1 to record it anew if the change is right, and read the diff
        """, sourceLocation: sourceLocation)
}
