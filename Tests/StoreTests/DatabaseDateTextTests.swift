import Foundation
import GRDB
import Testing
@testable import Store

@Suite("Dates as the database keeps them")
struct DatabaseDateTextTests {
    @Test("the fast text of a date is GRDB's own, to the millisecond, before and after 1970 and across leap days")
    func sameAsGRDB() {
        var seconds: [Double] = [0, -1, -86_400.5, 951_782_400.999, 1_709_164_800.123, 1_769_328_020.1229999,
                                 4_102_444_799.9995, -2_208_988_800]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2000 { seconds.append(Double(Int64.random(in: -2_000_000_000_000...4_000_000_000_000, using: &generator)) / 1000) }
        for value in seconds {
            let date = Date(timeIntervalSince1970: value)
            #expect(DatabaseDateText.text(date) == String.fromDatabaseValue(date.databaseValue), "\(value)")
        }
    }
}
