/// An input read line for line (`--keep-lines`): streamed when it is plain UTF-8 text, else read whole as a
/// `Document`, which reads every other encoding and format and gives every error.
public enum KeptLineInput {
    case lines(KeptLines)
    case document(Document)

    /// Reads the article file at `path`.
    /// - Throws: `ArticleError`, as `Document(contentsOfFile:options:)` does.
    public init(contentsOfFile path: String, options: ReadingOptions) throws {
        if let lines = KeptLines(path: path, options: options) {
            self = .lines(lines)
        } else {
            self = .document(try Document(contentsOfFile: path, options: options))
        }
    }

    /// Reads standard input (whole, as it cannot be read twice), refusing more than `Document.largestInput`.
    /// - Throws: `ArticleError`, as `Document(standardInputWith:)` does.
    public init(standardInputWith options: ReadingOptions) throws {
        let name = Document.standardInputName
        let bytes = try Document.standardInputBytes()
        if let lines = KeptLines(bytes: bytes, name: name, options: options) {
            self = .lines(lines)
        } else {
            self = .document(try Document(bytes: bytes, name: name, options: options))
        }
    }

    /// What the user named: a path, or "standard input".
    public var name: String {
        switch self {
        case let .lines(lines): lines.name
        case let .document(document): document.name
        }
    }
}
