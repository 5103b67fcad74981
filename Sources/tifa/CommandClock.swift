import Foundation
import Scheduler

/// The clock, read once per command: `TIFA_NOW` (ISO 8601, e.g. 2025-03-01T08:00:00+08:00) overrides it,
/// for tests and for replaying a day.
enum CommandClock {
    static func now() throws -> Date {
        guard let text = ProcessInfo.processInfo.environment["TIFA_NOW"], !text.isEmpty else { return Date() }
        // The scheduler's reader: the one ISO 8601 parser of the package.
        if let moment = try? Timestamp(iso8601: text) { return moment.date }
        throw CommandFailure("TIFA_NOW '\(text)' is not an ISO 8601 time; write it like 2025-03-01T08:00:00+08:00, or unset it to use the clock")
    }

    /// A moment as the learner reads it: local date and time to the minute.
    static func local(_ date: Date) -> String {
        localFormatter().string(from: date)
    }

    /// `local`'s formatter, for a list that formats a date a row: making one costs more than using it.
    static func localFormatter() -> DateFormatter {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter
    }

    /// A moment for scripts: ISO 8601 in UTC.
    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
