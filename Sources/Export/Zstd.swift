import CZstd
import Foundation

/// zstd decompression through the system library (Debian's libzstd-dev), as a stream: Anki writes its frames
/// without a content size, and a file may hold several frames one after another.
enum Zstd {
    /// Why bytes could not be decompressed.
    enum Failure: Error, Equatable {
        /// The bytes are not zstd, or are damaged or cut short; the library's own words.
        case damaged(String)
        /// The output would pass `limit` bytes.
        case tooLarge(limit: Int)
    }

    /// Decompresses `input`, handing the output on in chunks; refuses once more than `limit` bytes come out.
    static func decompress(_ input: Data, limit: Int, output: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let stream = ZSTD_createDStream() else { throw Failure.damaged("out of memory") }
        defer { ZSTD_freeDStream(stream) }
        ZSTD_initDStream(stream)
        let chunkSize = ZSTD_DStreamOutSize()
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var produced = 0
        var frameComplete = true
        try input.withUnsafeBytes { (source: UnsafeRawBufferPointer) in
            var inBuffer = ZSTD_inBuffer(src: source.baseAddress, size: source.count, pos: 0)
            while inBuffer.pos < inBuffer.size || !frameComplete {
                let before = inBuffer.pos
                let (hint, written) = chunk.withUnsafeMutableBytes { target -> (Int, Int) in
                    var outBuffer = ZSTD_outBuffer(dst: target.baseAddress, size: target.count, pos: 0)
                    let hint = ZSTD_decompressStream(stream, &outBuffer, &inBuffer)
                    return (hint, outBuffer.pos)
                }
                if ZSTD_isError(hint) != 0 {
                    throw Failure.damaged(String(cString: ZSTD_getErrorName(hint)))
                }
                produced += written
                if produced > limit { throw Failure.tooLarge(limit: limit) }
                if written > 0 { try chunk.withUnsafeBytes { try output(UnsafeRawBufferPointer(rebasing: $0[0..<written])) } }
                frameComplete = hint == 0
                // No input taken and no output given: the input ended inside a frame.
                if inBuffer.pos == before && written == 0 && inBuffer.pos == inBuffer.size {
                    throw Failure.damaged("the data ends inside a frame")
                }
            }
        }
        if !frameComplete { throw Failure.damaged("the data ends inside a frame") }
    }

    /// The whole output in memory, for small members (the media map).
    static func decompress(_ input: Data, limit: Int) throws -> Data {
        var data = Data()
        try decompress(input, limit: limit) { data.append(contentsOf: $0) }
        return data
    }
}
