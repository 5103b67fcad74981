#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain reads and writes on file descriptors, which, unlike `FileHandle`, return when a signal arrives, so
/// that Ctrl-C or SIGTERM reach the session while it waits for input.
enum DescriptorIO {
    /// Writes all of `text`; gives up quietly when the other end is gone (a closed terminal or pipe).
    static func write(_ text: String, to descriptor: Int32) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress, buffer.count)
                #else
                Darwin.write(descriptor, buffer.baseAddress, buffer.count)
                #endif
            }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            bytes = bytes.dropFirst(written)
        }
    }

    enum ReadResult {
        case bytes([UInt8])
        case interrupted
        case end
    }

    /// What is there to read, waiting for it; `interrupted` when a signal came first.
    static func read(from descriptor: Int32) -> ReadResult {
        var bytes = [UInt8](repeating: 0, count: 4096)
        let count = bytes.withUnsafeMutableBytes { buffer in
            #if canImport(Glibc)
            Glibc.read(descriptor, buffer.baseAddress, buffer.count)
            #else
            Darwin.read(descriptor, buffer.baseAddress, buffer.count)
            #endif
        }
        if count > 0 { return .bytes(Array(bytes[..<count])) }
        if count < 0 && errno == EINTR { return .interrupted }
        return .end
    }
}
