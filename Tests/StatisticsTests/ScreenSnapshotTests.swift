import ConsoleText
import Foundation
import Lexicon
import Testing
import TifaTestSupport

@testable import Statistics
@testable import StatisticsScreen

/// The screen of a simulated year, at fixed widths. The golden files in `Snapshots/` were checked by eye; after a
/// deliberate change, `TIFA_RECORD_SNAPSHOTS=1 swift test --filter ScreenSnapshotTests` records them anew (look at
/// the diff before committing).
@Suite("The stats screen")
struct ScreenSnapshotTests {
    static func statistics() throws -> StudyStatistics {
        StudyStatistics(try SimulatedYear.history(), deck: "外交", now: SimulatedYear.now, timeZone: shanghai)
    }

    @Test(
        "the screen at a fixed width",
        arguments: [
            (80, ScreenOptions.CharacterSet.unicode, "screen-80-unicode.txt"),
            (60, .ascii, "screen-60-ascii.txt"), (120, .unicode, "screen-120-unicode.txt"),
        ])
    func snapshot(width: Int, characters: ScreenOptions.CharacterSet, file: String) throws {
        let text = StatisticsScreen(try Self.statistics(), options: ScreenOptions(width: width, characters: characters)).text
        try assertSnapshot(text + "\n", named: file, in: "Snapshots")
        for line in text.split(separator: "\n") {
            #expect(DisplayWidth.of(String(line)) <= width, "too wide: \(line)")
        }
        if characters == .ascii {
            let allowed = text.unicodeScalars.allSatisfy { $0.isASCII || DisplayWidth.of(Character($0)) == 2 }
            #expect(allowed, "only ASCII besides the Chinese terms")
        }
    }
}
