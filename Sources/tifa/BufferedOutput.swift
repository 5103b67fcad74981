#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard output written through one large buffer: a command that prints millions of words writes them in
/// blocks, not a String and a write call each. Whatever `print` left in the C library's buffer is written first, so
/// the two keep their order.
struct BufferedOutput {
    private var bytes: [UInt8] = []
    private static let blockSize = 1 << 17

    init() {
        bytes.reserveCapacity(Self.blockSize + (1 << 12))
    }

    @inline(__always)
    mutating func append(_ byte: UInt8) {
        bytes.append(byte)
    }

    @inline(__always)
    mutating func append(_ buffer: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: buffer)
    }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes the buffer once it holds a block.
    @inline(__always)
    mutating func flushWhenFull() {
        if bytes.count >= Self.blockSize { flush() }
    }

    /// Writes everything buffered.
    mutating func flush() {
        guard !bytes.isEmpty else { return }
        Self.write(bytes)
        bytes.removeAll(keepingCapacity: true)
    }

    /// Writes `bytes` to standard output straight from the array (no copy into a `Data`), after whatever `print`
    /// left in the C library's buffer.
    static func write(_ bytes: [UInt8]) {
        fflush(nil)
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var written = 0
            while written < buffer.count {
                let count = writeStandardOutput(base + written, buffer.count - written)
                if count < 0 && errno == EINTR { continue }
                // A closed pipe or a full disk: nothing more can be written, as with `print`.
                guard count > 0 else { return }
                written += count
            }
        }
    }
}

/// The C library's `write` to standard output, outside `BufferedOutput`, whose own `write` would hide it.
private func writeStandardOutput(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int {
    write(STDOUT_FILENO, bytes, count)
}
