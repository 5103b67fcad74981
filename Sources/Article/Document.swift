/// What one file holds: the articles of a page (most files have one), and how the file was read.
public struct Document: Codable, Sendable, Hashable {
    /// The file as the user named it, or "standard input".
    public var name: String
    public var encoding: TextEncoding
    public var articles: [Article]

    public init(name: String, encoding: TextEncoding, articles: [Article]) {
        self.name = name
        self.encoding = encoding
        self.articles = articles
    }
}
