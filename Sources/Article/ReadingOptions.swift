/// How to read a file.
public struct ReadingOptions: Sendable, Hashable {
    /// How the text is laid out in lines.
    public enum Lines: Sendable, Hashable {
        /// Infer the layout and repair it: rejoin hard-wrapped lines, find paragraphs, headlines, articles.
        case repair
        /// Every line is a paragraph of its own (for line-aligned gold standards); spaces are still removed
        /// and characters normalised, but nothing is joined, and there are no headlines or credits. A blank
        /// line is an empty paragraph, so the output has one line per input line.
        case keep
    }

    public enum Format: Sendable, Hashable {
        /// HTML when the file name ends in .html or .htm or the text starts like a web page; else plain text.
        case automatic
        case plainText
        case html
    }

    public var encoding: EncodingChoice
    public var lines: Lines
    public var format: Format

    public init(encoding: EncodingChoice = .auto, lines: Lines = .repair, format: Format = .automatic) {
        self.encoding = encoding
        self.lines = lines
        self.format = format
    }
}
