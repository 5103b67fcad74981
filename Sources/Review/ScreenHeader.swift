import ConsoleText
import Foundation

/// The top of every card screen: the deck, what is left (new · learning · review) and the time spent, over a
/// rule. On a narrow terminal the progress goes on a line of its own.
struct ScreenHeader {
    var deckName: String
    var counts: QueueCounts
    var elapsed: TimeInterval

    func lines(width: Int) -> [StyledLine] {
        let deck = StyledLine(deckName, .bold)
        let progress = StyledLine([
            Span("\(counts.new)", .newCount), Span(" new · "),
            Span("\(counts.learning)", .learningCount), Span(" learning · "),
            Span("\(counts.review)", .reviewCount), Span(" review"),
            Span("   "), Span(IntervalText.clock(elapsed), .dim),
        ])
        var lines: [StyledLine]
        if deck.width + 2 + progress.width <= width {
            lines = [deck + StyledLine(String(repeating: " ", count: width - deck.width - progress.width)) + progress]
        } else {
            lines = [TextWrap.truncate(deck, width: width)] + TextWrap.wrap(progress, width: width)
        }
        lines.append(StyledLine(String(repeating: "─", count: width), .dim))
        return lines
    }
}
