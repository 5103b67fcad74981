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

    mutating func append(_ bytes: UnsafeRawBufferPointer) throws {
        buffer.append(contentsOf: bytes)
        try flushIfFull()
    }

    private mutating func flushIfFull() throws {
        if descriptor != nil, buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes out what the buffer holds, keeping the system's reason for a failure (EFBIG, ENOSPC).
    mutating func flush() throws {
        guard let descriptor else { return }
        try buffer.withUnsafeBytes { pending in
            var offset = 0
            while offset < pending.count {
                guard let base = pending.baseAddress else { return }
                let written = write(descriptor, base + offset, pending.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw SystemError.current
                }
                offset += written
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
