#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The bytes of a file, with the reasons a user can act on when it cannot be read: missing, a folder,
/// not readable. The only input/output of the layer.
enum SourceFile {
    static func bytes(atPath path: String) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { throw failure(path, errno) }
        defer { close(descriptor) }

        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(path, errno) }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw ArticleError.isDirectory(path) }
        if Int(status.st_size) > Document.largestInput { throw ArticleError.tooLarge(path, bytes: Int(status.st_size)) }
        return try bytes(of: descriptor, name: path, sizeHint: Int(status.st_size))
    }

    /// Reads to the end of an open file, pipe or device, refusing more than `Document.largestInput` bytes, so
    /// that neither a huge file nor an endless one (/dev/urandom, `yes |`) can take the memory.
    static func bytes(of descriptor: Int32, name: String, sizeHint: Int = 0) throws -> [UInt8] {
        // Pipes and character devices report no size, so read until the end rather than trusting st_size.
        var bytes: [UInt8] = []
        bytes.reserveCapacity(min(max(sizeHint, 0), Document.largestInput) + 1)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(name, errno)
            }
            bytes.append(contentsOf: chunk[..<count])
            if bytes.count > Document.largestInput { throw ArticleError.tooLarge(name, bytes: nil) }
        }
        return bytes
    }

    private static func failure(_ path: String, _ code: Int32) -> ArticleError {
        switch code {
        case ENOENT, ENOTDIR: return .fileNotFound(path)
        case EISDIR: return .isDirectory(path)
        default: return .unreadable(path, reason: String(cString: strerror(code)))
        }
    }
}
