#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file of text read whole, up to a size limit: the one reader of the articles, word lists and Anki text
/// files the user names, so that a huge file or an endless one (/dev/urandom, `yes |`) cannot take the memory,
/// and a missing file, a folder or an unreadable one fails the same way everywhere.
public enum TextFile {
    /// The bytes of the file at `path`, refusing more than `limit` of them.
    public static func read(_ path: String, limit: Int) throws(TextFileError) -> [UInt8] {
        let descriptor = try open(path)
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw TextFileError(path: path, code: errno) }
        // A regular file says its size: a file too large is refused before it is read.
        if Int(status.st_size) > limit { throw .tooLarge(path, bytes: Int(status.st_size), limit: limit) }
        return try read(descriptor: descriptor, name: path, limit: limit, sizeHint: Int(status.st_size))
    }

    /// Reads to the end of an open file, pipe or device, refusing more than `limit` bytes; `name` is what the
    /// errors call it ("standard input").
    public static func read(descriptor: Int32, name: String, limit: Int, sizeHint: Int = 0) throws(TextFileError)
        -> [UInt8]
    {
        // Pipes and character devices report no size, so read until the end rather than trusting st_size.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(sizeHint, 0), limit) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { readSome(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw TextFileError(path: name, code: errno)
            }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > limit { throw .tooLarge(name, bytes: nil, limit: limit) }
        }
        return bytes
    }

    /// Opens `path` for reading, refusing a missing file, a folder or an unreadable file with an error that
    /// names it. The caller closes the descriptor.
    public static func open(_ path: String) throws(TextFileError) -> Int32 {
        let descriptor = openForReading(path)
        guard descriptor >= 0 else { throw TextFileError(path: path, code: errno) }
        var status = stat()
        if fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(descriptor)
            throw .folder(path)
        }
        return descriptor
    }
}

// The system's calls, named apart from `TextFile`'s own `read` and `open`.
private func readSome(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}

private func openForReading(_ path: String) -> Int32 {
    open(path, O_RDONLY)
}
