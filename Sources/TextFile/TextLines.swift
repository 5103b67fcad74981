#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a file or of standard input, read a block at a time so that a long input takes no more memory
/// than its longest line.
public struct TextLines {
    /// A line longer than this is no line of a text format Tifa reads (it is a binary file, or /dev/zero).
    public static let longestLine = 1 << 20

    /// What the user named: a path, or "standard input".
    public let name: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false

    /// Opens `path` ("-" for standard input), refusing a missing file, a folder or an unreadable file with an
    /// error that names it.
    public init(path: String) throws(TextFileError) {
        if path == "-" {
            name = "standard input"
            descriptor = STDIN_FILENO
            return
        }
        name = path
        descriptor = try TextFile.open(path)
    }

    public func close() {
        if descriptor != STDIN_FILENO { closeDescriptor(descriptor) }
    }

    /// The next line's bytes without its line break, or nil after the last line. A final line break does not
    /// start another line.
    public mutating func next() throws(TextFileError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = nextLineFeed() {
                defer { start = newline + 1 }
                return buffer[start..<newline]
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                defer { start = buffer.count }
                return buffer[start...]
            }
            if buffer.count - start > Self.longestLine { throw .lineTooLong(name, limit: Self.longestLine) }
            buffer.removeSubrange(0..<start)
            start = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw TextFileError(path: name, code: errno)
            }
            if count == 0 { atEnd = true } else { buffer.append(contentsOf: chunk[..<count]) }
        }
    }
}

extension TextLines {
    /// The index of the first line feed at or after `start`, found by `memchr` rather than byte by byte: a replay
    /// of a million lines looks through 70 MB.
    private func nextLineFeed() -> Int? {
        buffer.withUnsafeBufferPointer { bytes in
            guard let base = bytes.baseAddress, start < bytes.count,
                let found = memchr(base + start, Int32(UInt8(ascii: "\n")), bytes.count - start)
            else { return nil }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }
}

private func closeDescriptor(_ descriptor: Int32) {
    _ = close(descriptor)
}
