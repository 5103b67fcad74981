/// What a piece of text on the card screen means, which a console with colour turns into a colour and one
/// without ignores. The layout never depends on it: a line is as wide with colour as without.
public enum TextStyle: Hashable, Sendable {
    case plain
    case bold
    case dim
    /// The term on the front of a card.
    case term
    /// The term where it stands in an example sentence.
    case highlight
    case accent
    /// A pinyin syllable of tone 1–4, or 5 for the neutral tone.
    case tone(Int)
    case right
    case wrong
    case warning
    case newCount
    case learningCount
    case reviewCount
    /// A heatmap cell, in GitHub's greens from level 1 (fewest) to 4; level 0 (none) is dim.
    case heat(Int)

    /// The text between the ANSI escape sequences that draw the style and reset it; plain text as it is.
    public func applied(to text: String) -> String {
        guard let parameters = escapeParameters else { return text }
        return "\u{1B}[\(parameters)m\(text)\u{1B}[0m"
    }

    /// The SGR parameters of the ANSI escape sequence that draws the style.
    var escapeParameters: String? {
        switch self {
        case .plain: nil
        case .bold, .term: "1"
        case .dim: "2"
        case .highlight: "1;33"
        case .accent: "36"
        case .tone(1): "31"
        case .tone(2): "38;5;208"
        case .tone(3): "32"
        case .tone(4): "34"
        case .tone: "90"
        case .right: "32"
        case .wrong: "1;31"
        case .warning: "33"
        case .newCount: "34"
        case .learningCount: "31"
        case .reviewCount: "32"
        case let .heat(level): ["2", "38;5;22", "38;5;28", "38;5;34", "38;5;40"][min(max(level, 0), 4)]
        }
    }
}

/// A run of text in one style.
public struct Span: Hashable, Sendable {
    public var text: String
    public var style: TextStyle

    public init(_ text: String, _ style: TextStyle = .plain) {
        self.text = text
        self.style = style
    }
}

/// One line of a screen: spans of styled text, without line breaks.
public struct StyledLine: Hashable, Sendable, ExpressibleByStringLiteral {
    public var spans: [Span]

    public init(_ spans: [Span] = []) {
        self.spans = []
        for span in spans { append(span) }
    }

    public init(_ text: String, _ style: TextStyle = .plain) { spans = text.isEmpty ? [] : [Span(text, style)] }

    public init(stringLiteral text: String) { self.init(text) }

    public static let blank = StyledLine()

    /// The text without styles.
    public var plain: String { spans.map(\.text).joined() }

    /// Columns on a terminal.
    public var width: Int { spans.reduce(0) { $0 + DisplayWidth.of($1.text) } }

    public static func + (lhs: StyledLine, rhs: StyledLine) -> StyledLine {
        var line = lhs
        for span in rhs.spans { line.append(span) }
        return line
    }

    /// Adds a span, joining it to the last one when they share a style (so a wrapped line is drawn in as few
    /// runs as it has styles).
    public mutating func append(_ span: Span) {
        guard !span.text.isEmpty else { return }
        if let last = spans.last, last.style == span.style {
            spans[spans.count - 1].text += span.text
        } else {
            spans.append(span)
        }
    }

    /// The line moved right by `columns` spaces.
    public func indented(_ columns: Int) -> StyledLine {
        columns > 0 && !spans.isEmpty ? StyledLine([Span(String(repeating: " ", count: columns))] + spans) : self
    }

    /// The text with ANSI escape sequences for its styles when `colour` is on, else the plain text.
    public func rendered(colour: Bool) -> String {
        guard colour else { return plain }
        return spans.map { span in span.text.isEmpty ? span.text : span.style.applied(to: span.text) }.joined()
    }
}
