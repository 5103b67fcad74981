import ArgumentParser
import Foundation
import Lexicon
import Store

// What the deck-store commands (decks, cards, known) share: failure reporting, the clock, aligned columns.

/// Runs a command's body; a failure that is not about the arguments becomes one line on standard error
/// (`tifa: …`) and exit code 1.
func reportingStoreFailures<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as ValidationError {
        throw error
    } catch let error as ExitCode {
        throw error
    } catch let error as CleanExit {
        throw error
    } catch {
        reportError(error.localizedDescription)
        throw ExitCode(1)
    }
}

/// The clock, read once per command: `TIFA_NOW` (ISO 8601, e.g. 2025-03-01T08:00:00+08:00) overrides it,
/// for tests and for replaying a day.
enum CommandClock {
    static func now() throws -> Date {
        guard let text = ProcessInfo.processInfo.environment["TIFA_NOW"], !text.isEmpty else { return Date() }
        let formatter = ISO8601DateFormatter()
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime],
                                                      [.withInternetDateTime, .withFractionalSeconds]] {
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        reportError("TIFA_NOW '\(text)' is not an ISO 8601 time; write it like 2025-03-01T08:00:00+08:00, or unset it to use the clock")
        throw ExitCode(1)
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

/// Rows printed in aligned columns, counting a Chinese character as two columns the way a terminal shows it.
struct TextColumns {
    enum Alignment { case left, right }

    var header: [String]
    var alignments: [Alignment]
    var rows: [[String]] = []

    func render(style: TerminalStyle) -> String {
        let widths = widths(of: rows)
        return ([style.bold(line(header, widths: widths))] + rows.map { line($0, widths: widths) }).joined(separator: "\n")
    }

    /// Each column's width: its widest cell among the header and `rows`.
    func widths(of rows: [[String]]) -> [Int] {
        header.indices.map { column in
            ([header] + rows).map { Self.displayWidth($0[column]) }.max() ?? 0
        }
    }

    /// One row padded to `widths`; a cell wider than its column (a row past those the widths were taken
    /// from) is printed whole and pushes the rest of its line along.
    func line(_ cells: [String], widths: [Int]) -> String {
        cells.indices.map { column in
            let padding = String(repeating: " ", count: max(0, widths[column] - Self.displayWidth(cells[column])))
            if column == cells.count - 1 && alignments[column] == .left { return cells[column] }
            return alignments[column] == .left ? cells[column] + padding : padding + cells[column]
        }.joined(separator: "  ")
    }

    /// Terminal columns, as the review screen measures them.
    static func displayWidth(_ text: String) -> Int { DisplayWidth.of(text) }
}
