#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The lines of a file or of standard input, read a block at a time so that a long input takes no more memory
/// than its longest line.
struct InputLines {
    /// A line longer than this is no line of a text format Tifa reads (it is a binary file, or /dev/zero).
    static let longestLine = 1 << 20

    /// What the user named: a path, or "standard input".
    let name: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    /// Opens `path` ("-" for standard input), refusing a missing file, a folder or an unreadable file with an
    /// error that names it.
    init(path: String) throws {
        if path == "-" {
            name = "standard input"
            descriptor = STDIN_FILENO
            return
        }
        name = path
        descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw InputFileError(path: path, code: errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            closeDescriptor(descriptor)
            throw InputFileError(path: path, code: EISDIR)
        }
    }

    func close() {
        if descriptor != STDIN_FILENO { closeDescriptor(descriptor) }
    }

    /// The next line's bytes without its line break, or nil after the last line. A final line break does not
    /// start another line.
    mutating func next() throws -> ArraySlice<UInt8>? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                defer { start = newline + 1 }
                return buffer[start..<newline]
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return buffer[start...]
            }
            if buffer.count - start > Self.longestLine { throw InputFileError.lineTooLong(name) }
            buffer.removeSubrange(0..<start)
            start = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputFileError(path: name, code: errno)
            }
            if count == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[..<count]) }
        }
    }
}

private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}

/// Why an input file cannot be read, in words a user can act on.
enum InputFileError: LocalizedError {
    case missing(String)
    case folder(String)
    case unreadable(String, reason: String)
    case lineTooLong(String)

    init(path: String, code: Int32) {
        switch code {
        case ENOENT, ENOTDIR: self = .missing(path)
        case EISDIR: self = .folder(path)
        default: self = .unreadable(path, reason: String(cString: strerror(code)))
        }
    }

    var errorDescription: String? {
        switch self {
        case let .missing(path):
            return "'\(path)' does not exist; check the path, or pass - to read standard input"
        case let .folder(path):
            return "'\(path)' is a folder; give the path of a file inside it"
        case let .unreadable(path, reason):
            return "cannot read '\(path)' (\(reason)); check that the file is readable"
        case let .lineTooLong(name):
            return "'\(name)' has a line longer than \(InputLines.longestLine >> 20) MB, so it is no text file of lines; check that it is the file you meant"
        }
    }
}
