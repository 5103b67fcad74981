import Foundation
import Scheduler
import Testing

@Suite struct TimestampTests {
    @Test func readsISO8601() throws {
        #expect(try Timestamp(iso8601: "2025-01-01T00:00:00Z").microsecondsSince1970 == 1_735_689_600_000_000)
        #expect(try Timestamp(iso8601: "2025-01-01T08:00:00+08:00") == newYear)
        #expect(try Timestamp(iso8601: "2024-12-31T18:30:00-0530") == newYear)
        #expect(try Timestamp(iso8601: "2025-01-01t00:00:00z") == newYear)
        #expect(try Timestamp(iso8601: "2025-01-01 00:00:00Z") == newYear)
        #expect(try Timestamp(iso8601: "2025-01-01T00:00:00.5Z") == newYear.advanced(by: .milliseconds(500)))
        #expect(try Timestamp(iso8601: "2025-01-01T00:00:00.000001Z") == newYear.advanced(by: .microseconds(1)))
        #expect(try Timestamp(iso8601: "2025-01-01T00:00:00.0000019Z") == newYear.advanced(by: .microseconds(1)))
        #expect(try Timestamp(iso8601: "2024-02-29T12:00:00Z").iso8601 == "2024-02-29T12:00:00Z")
        #expect(try Timestamp(iso8601: "1969-12-31T23:59:59.5Z").microsecondsSince1970 == -500_000)
    }

    @Test(arguments: [
        "", "2025-01-01", "2025-01-01T00:00", "2025-1-01T00:00:00Z", "2025-01-01T00:00:00.Z", "2025-01-01T00:00:00Zx",
        "2025-01-01T00:00:00+8", "2025-01-01T00:00:00+24:00", "２０２５-01-01T00:00:00Z", "yesterday",
    ])
    func refusesWhatIsNotISO8601(text: String) {
        #expect(throws: TimestampFormatError.notISO8601(text)) { try Timestamp(iso8601: text) }
    }

    @Test func namesWhatIsWrong() {
        #expect(throws: TimestampFormatError.noTimeZone("2025-01-01T00:00:00")) { try Timestamp(iso8601: "2025-01-01T00:00:00") }
        #expect(throws: TimestampFormatError.noSuchDay("2025-02-29T00:00:00Z")) { try Timestamp(iso8601: "2025-02-29T00:00:00Z") }
        #expect(throws: TimestampFormatError.noSuchDay("2025-13-01T00:00:00Z")) { try Timestamp(iso8601: "2025-13-01T00:00:00Z") }
        #expect(throws: TimestampFormatError.noSuchTime("2025-01-01T24:00:00Z")) { try Timestamp(iso8601: "2025-01-01T24:00:00Z") }
        #expect(String(describing: TimestampFormatError.noTimeZone("x")).contains("\"x\""))
    }

    @Test func writesUTCWithAFractionOnlyWhenThereIsOne() {
        #expect(newYear.iso8601 == "2025-01-01T00:00:00Z")
        #expect(newYear.advanced(by: .seconds(330)).iso8601 == "2025-01-01T00:05:30Z")
        #expect(newYear.advanced(by: .milliseconds(7_500)).iso8601 == "2025-01-01T00:00:07.5Z")
        #expect(newYear.advanced(by: .microseconds(1)).iso8601 == "2025-01-01T00:00:00.000001Z")
        #expect(Timestamp(microsecondsSince1970: -500_000).iso8601 == "1969-12-31T23:59:59.5Z")
        #expect(Timestamp(microsecondsSince1970: 0).iso8601 == "1970-01-01T00:00:00Z")
    }

    @Test func roundTripsEveryFewHundredDaysFor8000Years() throws {
        var generator = SplitMix64(seed: 9)
        for _ in 0..<5_000 {
            let microseconds = Int64(bitPattern: generator.next() % 250_000_000_000_000_000) - 62_000_000_000_000_000
            let timestamp = Timestamp(microsecondsSince1970: microseconds)
            #expect(try Timestamp(iso8601: timestamp.iso8601) == timestamp)
        }
    }

    @Test func convertsDates() {
        let date = Date(timeIntervalSince1970: 1_735_689_600.25)
        #expect(Timestamp(date) == newYear.advanced(by: .milliseconds(250)))
        #expect(Timestamp(date).date == date)
        #expect(Timestamp(Date(timeIntervalSince1970: .infinity)) > newYear)
    }

    @Test func measuresDurations() {
        let later = newYear.advanced(by: .days(3) + .seconds(1))
        #expect(later.duration(since: newYear) == .seconds(3 * 86_400 + 1))
        #expect(newYear.duration(since: later) == .seconds(-(3 * 86_400 + 1)))
    }
}
