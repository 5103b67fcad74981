/// A sentence, with where it came from: the file's line and column, and the headline or paragraph it is in.
/// What a card shows as its example and its source.
public struct Sentence: Codable, Sendable, Hashable {
    /// Whether the sentence is (part of) a headline or of the body.
    public enum Part: String, Codable, Sendable {
        case headline
        case body
    }

    public var text: String
    /// Full-width digits and Latin letters as ASCII, for matching; nil when that is `text` itself.
    public var matching: String?
    /// Where its first character stands in the original file.
    public var location: SourceLocation
    public var part: Part
    /// Index of its headline in `Article.headlines` or of its paragraph in `Article.paragraphs`.
    public var paragraph: Int

    public init(text: String, matching: String? = nil, location: SourceLocation, part: Part, paragraph: Int) {
        self.text = text
        self.matching = matching
        self.location = location
        self.part = part
        self.paragraph = paragraph
    }

    public var matchingText: String { matching ?? text }
}
