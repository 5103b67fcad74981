import ConsoleText
import Foundation
import Scheduler

/// What a session did, and what comes next: shown when it ends.
public struct SessionSummary: Equatable, Sendable {
    public var deckName: String
    /// Answers given (a card in learning may be answered more than once).
    public var answers: Int
    /// Distinct cards answered.
    public var cards: Int
    public var again: Int
    public var elapsed: TimeInterval
    /// What is left today: cards not reached, and learning cards that come back later.
    public var left: QueueCounts
    /// When the first learning card still waiting is due, if one is.
    public var nextLearningDue: Date?
    /// Reviews and learning cards due in the next study day, and the new cards it will offer.
    public var dueTomorrow: Int
    public var newTomorrow: Int
    /// Nothing was due when the session began (or is now, and nothing was done).
    public var nothingDue: Bool = false

    public var againRate: Double { answers == 0 ? 0 : Double(again) / Double(answers) }

    public func lines(timeZone: TimeZone) -> [StyledLine] {
        var lines: [StyledLine] = []
        if nothingDue {
            lines.append(StyledLine("Nothing to review in \(deckName) now."))
        } else if answers == 0 {
            lines.append(StyledLine("No card answered in \(deckName)."))
        } else {
            let percent = Int((againRate * 100).rounded())
            lines.append(
                StyledLine([
                    Span("Reviewed "), Span("\(cards) card\(cards == 1 ? "" : "s")", .bold),
                    Span(answers == cards ? "" : " (\(answers) answers)"),
                    Span(" in \(IntervalText.spoken(elapsed)); "),
                    Span("again \(again) (\(percent)%)", again > 0 ? .warning : .right), Span("."),
                ]))
        }
        let notReached = left.new + left.review + (nextLearningDue == nil ? left.learning : 0)
        if left.new + left.review > 0 {
            lines.append(StyledLine("Left for today: \(left.review) review · \(left.new) new; tifa review goes on where you stopped."))
        }
        if let due = nextLearningDue, left.learning > 0 {
            let count = left.learning
            lines.append(
                StyledLine(
                    "\(count) card\(count == 1 ? "" : "s") in learning come\(count == 1 ? "s" : "") back at "
                        + Self.time(due, in: timeZone) + "; tifa review then."))
        } else if notReached == 0 && left.learning == 0 && answers > 0 {
            lines.append(StyledLine("Done for today.", .right))
        }
        lines.append(StyledLine("Tomorrow: \(dueTomorrow) due" + (newTomorrow > 0 ? ", and \(newTomorrow) new." : ".")))
        return lines
    }

    private static func time(_ date: Date, in timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "HH:mm"
        return formatter.string(from: date)
    }
}

/// The answers of a session, kept in order so that an undo takes the last one back.
struct SessionTally {
    private(set) var answers: [(cardID: Int64, rating: Rating)] = []

    mutating func record(cardID: Int64, rating: Rating) { answers.append((cardID, rating)) }

    mutating func takeBackLast() { _ = answers.popLast() }

    var cards: Int { Set(answers.map(\.cardID)).count }
    var again: Int { answers.count { $0.rating == .again } }
}
