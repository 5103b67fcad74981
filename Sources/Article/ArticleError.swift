import Foundation
import TextFile

/// What can go wrong while reading an article, in words a user can act on. Every message quotes the file
/// (or "standard input") as the user named it.
public enum ArticleError: LocalizedError, Equatable, Sendable {
    case fileNotFound(String)
    case isDirectory(String)
    case unreadable(String, reason: String)
    case empty(String)
    case binary(String)
    case utf16WithoutByteOrderMark(String, littleEndian: Bool)
    case notUTF8(String)
    case notGB18030(String)
    case undecodable(String)
    case tooLarge(String, bytes: Int?)

    public var errorDescription: String? {
        switch self {
        case let .fileNotFound(name):
            return "'\(name)' does not exist; check the path, or pass - to read the article from standard input"
        case let .isDirectory(name):
            return "'\(name)' is a folder; give the path of an article file inside it"
        case let .unreadable(name, reason):
            return "cannot read '\(name)' (\(reason)); check that the file is readable"
        case let .empty(name):
            return "'\(name)' holds no text (it is empty or only white space); save the article's text into it first"
        case let .binary(name):
            return "'\(name)' is not text (it holds binary data such as NUL bytes); give a .txt or .html file, "
                + "e.g. the text of a PDF saved with pdftotext"
        case let .utf16WithoutByteOrderMark(name, littleEndian):
            let encoding = littleEndian ? "UTF-16LE" : "UTF-16BE"
            return "'\(name)' looks like \(encoding) text without a byte-order mark; convert it to UTF-8 first: "
                + "iconv -f \(encoding) -t UTF-8 '\(name)' > article.txt"
        case let .notUTF8(name):
            return "'\(name)' is not UTF-8 text; if it is GB18030, pass --encoding gb18030"
        case let .notGB18030(name):
            return "'\(name)' is not GB18030 (GBK) text; if it is UTF-8, pass --encoding utf8, or leave --encoding auto"
        case let .tooLarge(name, bytes):
            let size = bytes.map { "is \(($0 + (1 << 20) - 1) >> 20) MB" } ?? "goes on past \(Document.largestInput >> 20) MB"
            return "'\(name)' \(size), more than the \(Document.largestInput >> 20) MB Tifa reads at once; "
                + "split it into parts of fewer than \(Document.largestInput >> 20) MB (split -C \(Document.largestInput >> 21)m) and read each"
        case let .undecodable(name):
            return "'\(name)' is neither UTF-8 nor GB18030 text; convert it to UTF-8 first "
                + "(for Big5: iconv -f BIG5 -t UTF-8 '\(name)' > article.txt)"
        }
    }
}

extension ArticleError {
    /// A file that cannot be read, in the words of an article: reading standard input is the alternative
    /// offered, and the size limit is explained with how to split the article.
    init(_ error: TextFileError) {
        switch error {
        case let .missing(name): self = .fileNotFound(name)
        case let .folder(name): self = .isDirectory(name)
        case let .unreadable(name, code): self = .unreadable(name, reason: TextFileError.systemReason(code))
        case let .tooLarge(name, bytes, _): self = .tooLarge(name, bytes: bytes)
        // Whole files have no line limit; a reader of lines would report this one.
        case let .lineTooLong(name, _): self = .tooLarge(name, bytes: nil)
        }
    }
}
