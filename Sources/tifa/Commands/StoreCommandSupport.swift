import ArgumentParser
import Foundation
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
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: date)
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
        let widths = header.indices.map { column in
            ([header] + rows).map { Self.displayWidth($0[column]) }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            cells.indices.map { column in
                let padding = String(repeating: " ", count: widths[column] - Self.displayWidth(cells[column]))
                if column == cells.count - 1 && alignments[column] == .left { return cells[column] }
                return alignments[column] == .left ? cells[column] + padding : padding + cells[column]
            }.joined(separator: "  ")
        }
        return ([style.bold(line(header))] + rows.map(line)).joined(separator: "\n")
    }

    static func displayWidth(_ text: String) -> Int {
        text.reduce(0) { width, character in
            guard let scalar = character.unicodeScalars.first else { return width }
            return width + (isWide(scalar.value) ? 2 : 1)
        }
    }

    /// East Asian Wide and Fullwidth ranges (Hangul, CJK, kana, fullwidth forms).
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
