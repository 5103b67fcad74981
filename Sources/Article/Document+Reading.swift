import TextFile

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Document {
    /// The most bytes one file (or standard input) may hold. Reading a file whole takes about 16 times its size
    /// in memory (`tifa extract` streams a plain UTF-8 file instead: `ArticleFile`), so this bounds the memory to
    /// about 1 GB whatever the input;
    /// a longer file is refused with a message that says to split it.
    public static let largestInput = 32 << 20

    /// Reads an article file: decodes it, repairs its layout, and splits it into articles and sentences.
    /// - Throws: `ArticleError` when the file is missing, a folder, unreadable, empty, binary or in an
    ///   encoding other than UTF-8, GB18030 or UTF-16 with a byte-order mark.
    public init(contentsOfFile path: String, options: ReadingOptions = ReadingOptions()) throws {
        let bytes: [UInt8]
        do {
            bytes = try TextFile.read(path, limit: Self.largestInput)
        } catch {
            throw ArticleError(error)
        }
        try self.init(bytes: bytes, name: path, options: options)
    }

    /// Reads an article from standard input, refusing more than `largestInput` bytes.
    public init(standardInputWith options: ReadingOptions = ReadingOptions()) throws {
        try self.init(bytes: try Self.standardInputBytes(), name: Self.standardInputName, options: options)
    }

    /// What error messages call standard input.
    static let standardInputName = "standard input"

    /// Standard input, whole (it cannot be read twice), refusing more than `largestInput` bytes.
    static func standardInputBytes() throws -> [UInt8] {
        do {
            return try TextFile.read(descriptor: STDIN_FILENO, name: standardInputName, limit: largestInput)
        } catch {
            throw ArticleError(error)
        }
    }

    /// Reads an article from bytes (standard input, a download); `name` is what error messages call it.
    public init(bytes: [UInt8], name: String, options: ReadingOptions = ReadingOptions()) throws {
        let decoded = try DecodedText(bytes: bytes, name: name, choice: options.encoding)
        try self.init(scalars: decoded.scalars, encoding: decoded.encoding, name: name, options: options)
    }

    /// Reads an article from text already decoded.
    public init(text: String, name: String, options: ReadingOptions = ReadingOptions()) throws {
        try self.init(scalars: Array(text.unicodeScalars), encoding: .utf8, name: name, options: options)
    }

    private init(scalars: [Unicode.Scalar], encoding: TextEncoding, name: String, options: ReadingOptions) throws {
        let isHTML =
            switch options.format {
            case .html: true
            case .plainText: false
            case .automatic: HTMLText.looksLikeHTML(name: name, scalars: scalars)
            }
        let text = isHTML ? HTMLText.text(of: scalars) : SourcedText(scalars: scalars, origins: Array(scalars.indices))
        let lines = SourceLine.lines(of: text, keepingBlankLines: options.lines == .keep)
        guard lines.contains(where: { !$0.text.isEmpty }) else { throw ArticleError.empty(name) }
        let keepLines = options.lines == .keep
        let drafts = PageReader(lines: lines, layout: keepLines ? .lineParagraphs : Layout.infer(lines), keepLines: keepLines).articles()
        let table = LineTable(scalars)
        self.init(name: name, encoding: encoding, articles: drafts.map { $0.article(lines: table) })
    }
}
