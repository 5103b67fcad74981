import Foundation
import GRDB
import Testing

@testable import Store

@Suite("Dates as the database keeps them")
struct DatabaseDateTextTests {
    @Test("the fast text of a date is GRDB's own, to the millisecond, before and after 1970 and across leap days")
    func sameAsGRDB() {
        var seconds: [Double] = [
            0, -1, -86_400.5, 951_782_400.999, 1_709_164_800.123, 1_769_328_020.1229999,
            4_102_444_799.9995, -2_208_988_800,
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 { seconds.append(Double(Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &generator)) / 1000) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(DatabaseDateText.text(date) == String.fromDatabaseValue(date.databaseValue), "\(value)")
        }
    }

    @Test("the stored text read back without a calendar is the millisecond GRDB reads")
    func readBack() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let milliseconds = Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &generator)
            var text = DatabaseDateText.text(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
            let read = text.withUTF8 { DatabaseDateText.milliseconds(UnsafeRawBufferPointer($0)) }
            #expect(read == milliseconds, "\(text)")
            let grdb = Date.fromDatabaseValue(text.databaseValue).map { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
            #expect(read == grdb, "\(text)")
        }
    }

    @Test(
        "text of another shape is left to GRDB",
        arguments: [
            "2025-03-01", "2025-03-01 12:00", "2025-03-01T12:00:00.000", "2025-13-01 12:00:00.000", "2025-03-01 12:00:00.0000",
            "2025-03-01 12:00:0a.000", "20250-3-01 12:00:00.000",
        ])
    func otherShapes(text: String) {
        var text = text
        #expect(text.withUTF8 { DatabaseDateText.milliseconds(UnsafeRawBufferPointer($0)) } == nil)
    }
}
