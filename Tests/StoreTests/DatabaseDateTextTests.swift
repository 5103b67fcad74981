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

    @Test("the digits read at their places give what the ISO 8601 reader gives, at the ends of months and days too")
    func sameAsISO8601Reader() {
        var texts: [String] = []
        for year in ["1969", "1970", "2000", "2023", "2024", "2100", "0000", "9999"] {
            for month in ["00", "01", "02", "04", "12", "13"] {
                for day in ["00", "01", "28", "29", "30", "31", "32"] {
                    for time in ["00:00:00.000", "23:59:59.999", "24:00:00.000", "12:60:00.000", "12:00:60.000", "07:08:09.010"] {
                        texts.append("\(year)-\(month)-\(day) \(time)")
                    }
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 {
            let milliseconds = Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &generator)
            texts.append(DatabaseDateText.text(Date(timeIntervalSince1970: Double(milliseconds) / 1000)))
        }
        for text in texts {
            var text = text
            let read = text.withUTF8 { DatabaseDateText.milliseconds(UnsafeRawBufferPointer($0)) }
            let reference = text.withUTF8 { DatabaseDateText.millisecondsByISO8601Reader(UnsafeRawBufferPointer($0)) }
            #expect(read == reference, "\(text)")
        }
        // Hand-checked: 2024-02-29 is day 19,782 since 1970 (1,709,164,800 s).
        var leapDay = "2024-02-29 00:00:01.250"
        #expect(leapDay.withUTF8 { DatabaseDateText.milliseconds(UnsafeRawBufferPointer($0)) } == 1_709_164_801_250)
    }
}
