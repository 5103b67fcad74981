import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file of text cannot be read, in words a user can act on. A reader that means something more
/// particular by the file (an article, a word list) words these in its own error.
public enum TextFileError: LocalizedError, Equatable, Sendable {
    case missing(String)
    case folder(String)
    /// The system refused to open or read it; `code` is its `errno`.
    case unreadable(String, code: Int32)
    /// Larger than `limit` bytes: `bytes` when the file said its size, nil for a stream that went on past it.
    case tooLarge(String, bytes: Int?, limit: Int)
    case lineTooLong(String, limit: Int)

    init(path: String, code: Int32) {
        switch code {
        case ENOENT, ENOTDIR: self = .missing(path)
        case EISDIR: self = .folder(path)
        default: self = .unreadable(path, code: code)
        }
    }

    /// The system's words for an `unreadable` file's `errno` ("Permission denied").
    public static func systemReason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// What went wrong in a few words, for a message that says the rest itself: "no such file",
    /// "it is a folder", "permission denied".
    public var reason: String {
        switch self {
        case .missing: "no such file"
        case .folder: "it is a folder"
        case let .unreadable(_, code): code == EACCES ? "permission denied" : Self.systemReason(code)
        case let .tooLarge(_, _, limit): "larger than \(limit >> 20) MB"
        case let .lineTooLong(_, limit): "a line longer than \(limit >> 20) MB"
        }
    }

    public var errorDescription: String? {
        switch self {
        case let .missing(path):
            return "'\(path)' does not exist; check the path, or pass - to read standard input"
        case let .folder(path):
            return "'\(path)' is a folder; give the path of a file inside it"
        case let .unreadable(path, code):
            return "cannot read '\(path)' (\(Self.systemReason(code))); check that the file is readable"
        case let .tooLarge(path, _, limit):
            return "'\(path)' is larger than \(limit >> 20) MB; check that it is the file you meant"
        case let .lineTooLong(name, limit):
            return "'\(name)' has a line longer than \(limit >> 20) MB, so it is no text file of lines; check that it is the file you meant"
        }
    }
}
