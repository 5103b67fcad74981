import Foundation
import Testing

/// Compares text with a golden file in `Snapshots/`; with `TIFA_RECORD_SNAPSHOTS=1` in the environment it writes
/// the file instead (then look at the diff before committing it).
func assertSnapshot(_ text: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Snapshots").appendingPathComponent(name)
    let recording = ProcessInfo.processInfo.environment["TIFA_RECORD_SNAPSHOTS"].map { !$0.isEmpty && $0 != "0" } ?? false
    if recording {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data((text + "\n").utf8).write(to: url)
        return
    }
    guard let golden = try? String(contentsOf: url, encoding: .utf8) else {
        Issue.record("no snapshot \(name); run with TIFA_RECORD_SNAPSHOTS=1 to record it", sourceLocation: sourceLocation)
        return
    }
    let expected = golden.hasSuffix("\n") ? String(golden.dropLast()) : golden
    if text != expected {
        let expectedLines = expected.components(separatedBy: "\n"), actualLines = text.components(separatedBy: "\n")
        let first = zip(expectedLines, actualLines).enumerated().first { $1.0 != $1.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let shown = { (lines: [String]) in first < lines.count ? lines[first] : "(no line)" }
        Issue.record("""
            \(name) differs from line \(first + 1):
              expected: \(shown(expectedLines))
              actual:   \(shown(actualLines))
            run with TIFA_RECORD_SNAPSHOTS=1 to record the new screen if it is right
            """, sourceLocation: sourceLocation)
    }
}
