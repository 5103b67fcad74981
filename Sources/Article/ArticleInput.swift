/// An input read article by article: streamed when it is plain UTF-8 text (`ArticleFile`), else read whole as a
/// `Document`, which reads every other encoding and format and gives every error.
public enum ArticleInput {
    case file(ArticleFile)
    case document(Document)

    /// Reads the article file at `path`.
    /// - Throws: `ArticleError`, as `Document(contentsOfFile:options:)` does.
    public init(contentsOfFile path: String, options: ReadingOptions) throws {
        if let file = ArticleFile(path: path, options: options) {
            self = .file(file)
        } else {
            self = .document(try Document(contentsOfFile: path, options: options))
        }
    }

    /// Reads standard input, whole, as it cannot be read twice.
    /// - Throws: `ArticleError`, as `Document(standardInputWith:)` does.
    public init(standardInputWith options: ReadingOptions) throws {
        self = .document(try Document(standardInputWith: options))
    }

    /// What the user named: a path, or "standard input".
    public var name: String {
        switch self {
        case let .file(file): file.name
        case let .document(document): document.name
        }
    }

    /// Calls `body` with each article, in order; a long article of a streamed file comes in parts
    /// (`ArticleFile.forEachArticle`), each after the first continuing the one before.
    /// - Throws: `ArticleError` when a streamed file cannot be read again.
    public func forEachArticle(_ body: (_ article: Article, _ continuesPrevious: Bool) -> Void) throws(ArticleError) {
        switch self {
        case let .file(file): try file.forEachArticle(body)
        case let .document(document): for article in document.articles { body(article, false) }
        }
    }
}
