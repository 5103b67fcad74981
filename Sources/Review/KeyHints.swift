import ConsoleText
import Foundation
import Scheduler

/// The keys a screen offers, packed onto as few lines as fit: "1 Again 10m   2 Hard 1d   3 Good 3d   4 Easy 8d".
enum KeyHints {
    static let front: [StyledLine] = [hint("Space", "show answer"), hint("u", "undo"), hint("?", "help"), hint("q", "quit")]
    static let back: [StyledLine] = [
        hint("u", "undo"), hint("b", "bury"), hint("s", "suspend"), hint("e", "edit gloss"), hint("?", "help"),
        hint("q", "quit"),
    ]

    static func ratings(_ intervals: [Rating: TimeInterval]) -> [StyledLine] {
        Rating.allCases.map { rating in
            var line = StyledLine([Span("\(rating.rawValue)", .bold), Span(" "), Span(name(rating), style(rating))])
            if let interval = intervals[rating] { line = line + StyledLine(" " + IntervalText.short(interval), .dim) }
            return line
        }
    }

    static func name(_ rating: Rating) -> String {
        switch rating {
        case .again: "Again"
        case .hard: "Hard"
        case .good: "Good"
        case .easy: "Easy"
        }
    }

    private static func style(_ rating: Rating) -> TextStyle {
        switch rating {
        case .again: .wrong
        case .hard: .warning
        case .good: .right
        case .easy: .newCount
        }
    }

    private static func hint(_ key: String, _ action: String) -> StyledLine {
        StyledLine([Span(key, .bold), Span(" " + action, .dim)])
    }

    /// Items on lines no wider than `width`, never cutting an item (unless it alone is wider).
    static func pack(_ items: [StyledLine], width: Int, separator: String = " · ") -> [StyledLine] {
        var lines: [StyledLine] = []
        var current: StyledLine?
        for item in items {
            if let line = current, line.width + DisplayWidth.of(separator) + item.width <= width {
                current = line + StyledLine(separator, .dim) + item
            } else {
                if let line = current { lines.append(line) }
                current = item
            }
        }
        if let current { lines.append(current) }
        return lines.flatMap { $0.width > width ? TextWrap.wrap($0, width: width) : [$0] }
    }
}
