import TextFile

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A `--keep-lines` input read as a stream: each line cleaned as `Document` cleans it and handed over as UTF-8,
/// a block of the file at a time, without decoding the whole input into scalars or building a `Document`. What
/// `tifa read --segment --keep-lines` needs to cut 20 MB in the memory of a few blocks.
///
/// Only plain UTF-8 text is read this way: the initialisers return nil for anything else (HTML, GB18030, UTF-16,
/// a file that cannot be read, is too large or holds no text), which the caller reads as a `Document`, so that the
/// output and every error are what they were. The input is checked whole before the first line is handed over, so
/// nothing is printed of an input that `Document` would refuse.
public final class KeptLines {
    /// What the user named: a path, or "standard input".
    public let name: String
    private let source: Source

    private enum Source {
        case file(Int32)
        case bytes([UInt8])
    }

    /// The blocks a file is read in: large enough that reading costs nothing next to segmenting.
    private static let blockSize = 1 << 18

    /// A file at `path`, or nil when it is not plain UTF-8 text for `Document` to read (or cannot be read).
    public init?(path: String, options: ReadingOptions) {
        guard options.encoding != .gb18030, let descriptor = try? TextFile.open(path) else { return nil }
        name = path
        source = .file(descriptor)
        // Returning nil closes the file (in `deinit`, which runs for an instance whose properties are all set).
        guard UTF8TextCheck.fileIsPlainText(descriptor, name: path, options: options), lseek(descriptor, 0, SEEK_SET) == 0 else {
            return nil
        }
    }

    /// Bytes already read (standard input), or nil when they are not plain UTF-8 text for `Document` to read.
    public init?(bytes: [UInt8], name: String, options: ReadingOptions) {
        guard options.encoding != .gb18030, bytes.count <= Document.largestInput else { return nil }
        var check = UTF8TextCheck()
        bytes.withUnsafeBufferPointer { check.feed($0) }
        guard check.isPlainText(name: name, options: options) else { return nil }
        self.name = name
        source = .bytes(bytes)
    }

    deinit {
        if case let .file(descriptor) = source { close(descriptor) }
    }

    /// Calls `body` with every line of the input, cleaned, as UTF-8 without its line break; a blank line is an
    /// empty one, and a final line break starts no line. Call it once.
    /// - Throws: `body`'s error, or `ArticleError` when the file cannot be read again or changed since it was
    ///   checked.
    public func forEachLine(_ body: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        var cleaner = KeptLineCleaner()
        do {
            switch source {
            case let .bytes(bytes):
                try bytes.withUnsafeBufferPointer { try cleaner.read(block: $0, emit: body) }
            case let .file(descriptor):
                var thrown: (any Error)?
                let complete = Self.readBlocks(descriptor) { block in
                    do {
                        try cleaner.read(block: block, emit: body)
                        return true
                    } catch {
                        thrown = error
                        return false
                    }
                }
                if let thrown { throw thrown }
                if !complete { throw ArticleError.unreadable(name, reason: SystemError.current.reason) }
            }
        } catch is KeptLineCleaner.InvalidUTF8 {
            throw ArticleError.notUTF8(name)
        }
        guard try cleaner.finish(body) else { throw ArticleError.notUTF8(name) }
    }

    /// Reads `descriptor` a block at a time, to its end or until `body` returns false; false when a read fails.
    static func readBlocks(_ descriptor: Int32, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        let block = UnsafeMutablePointer<UInt8>.allocate(capacity: blockSize)
        defer { block.deallocate() }
        while true {
            let count = read(descriptor, block, blockSize)
            if count == 0 { return true }
            if count < 0 {
                if errno == EINTR { continue }
                return false
            }
            guard body(UnsafeBufferPointer(start: block, count: count)) else { return true }
        }
    }
}
