/// A paragraph of an article, or one line of its headline block, as repaired.
public struct Paragraph: Codable, Sendable, Hashable {
    /// The text for display: the page's own characters, lines rejoined, stray spaces removed.
    public var text: String
    /// The text with full-width digits and Latin letters as ASCII (２０１８ → 2018), for matching;
    /// nil when that is `text` itself. Scalar for scalar the same length as `text`.
    public var matching: String?
    /// Where its first character stands in the file.
    public var location: SourceLocation

    public init(text: String, matching: String? = nil, location: SourceLocation) {
        self.text = text
        self.matching = matching
        self.location = location
    }

    /// What to match words against: `matching` when there is one, else `text`.
    public var matchingText: String { matching ?? text }
}
