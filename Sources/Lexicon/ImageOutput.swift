import Foundation
import TextFile

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the index image goes while it is made: a file written through a 1 MB buffer, so the 80 MB image never
/// sits whole in memory, or (for tests) an array. Integers are written little-endian.
struct ImageOutput {
    private var buffer: [UInt8] = []
    /// The open file to write to; nil keeps every byte in `buffer`.
    private let descriptor: Int32?
    private static let flushSize = 1 << 20

    /// Output kept in memory, read with `bytes`.
    init() {
        descriptor = nil
    }

    /// Output written to `descriptor`, which stays the caller's to close; call `flush()` at the end.
    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.flushSize + 4096)
    }

    /// Everything written, for in-memory output.
    var bytes: [UInt8] { buffer }

    mutating func append<Value: FixedWidthInteger>(_ value: Value) throws {
        withUnsafeBytes(of: value.littleEndian) { buffer.append(contentsOf: $0) }
        try flushIfFull()
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) throws {
        buffer.append(contentsOf: bytes)
        try flushIfFull()
    }

    /// A large block (the 17 MB slot table) goes to the file straight after what is buffered, not through
    /// the buffer, which would otherwise grow to hold it.
    mutating func append(_ bytes: UnsafeRawBufferPointer) throws {
        guard let descriptor, bytes.count >= Self.flushSize else {
            buffer.append(contentsOf: bytes)
            return try flushIfFull()
        }
        try flush()
        try Self.writeAll(bytes, to: descriptor)
    }

    private mutating func flushIfFull() throws {
        if descriptor != nil, buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes out what the buffer holds.
    mutating func flush() throws {
        guard let descriptor else { return }
        try buffer.withUnsafeBytes { try Self.writeAll($0, to: descriptor) }
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes all of `bytes`, keeping the system's reason for a failure (EFBIG, ENOSPC).
    private static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws {
        guard let base = bytes.baseAddress else { return }
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, base + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemError.current
            }
            offset += written
        }
    }
}
