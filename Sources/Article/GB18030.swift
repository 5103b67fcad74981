#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// GB18030 (and so GBK and GB2312), the encoding of Chinese files saved on Windows and of many older sites.
/// Decoded with the C library's iconv, since Foundation on Linux need not know it.
enum GB18030 {
    /// The text, or nil when the bytes are not valid GB18030 (or iconv lacks the converter).
    static func decode(_ bytes: [UInt8]) -> [Unicode.Scalar]? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }

        // A GB18030 character of n bytes takes at most ⌈1.5 n⌉ in UTF-8.
        var output = [UInt8](repeating: 0, count: bytes.count + bytes.count / 2 + 4)
        var input = bytes
        let written: Int? = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer in
                var inputPointer: UnsafeMutablePointer<CChar>? =
                    UnsafeMutableRawPointer(inputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var outputPointer: UnsafeMutablePointer<CChar>? =
                    UnsafeMutableRawPointer(outputBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inputLeft = inputBuffer.count
                var outputLeft = outputBuffer.count
                // A failure (an invalid or truncated sequence) rejects the whole file: a file half in
                // GB18030 is not one to guess about.
                guard iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft) != -1,
                    inputLeft == 0
                else { return nil }
                return outputBuffer.count - outputLeft
            }
        }
        guard let written else { return nil }
        return UnicodeDecoding.scalars(output[..<written], as: UTF8.self)
    }

    /// Whether bytes that are not UTF-8 read like Chinese in GB18030: most two-byte characters fall in
    /// GB2312's rows of common hanzi and punctuation. Random bytes, Latin-1 and UTF-16 mostly do not.
    static func looksLikeChinese(_ bytes: [UInt8]) -> Bool {
        var common = 0
        var multibyte = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            guard lead >= 0x81, lead != 0xFF, index + 1 < bytes.count else {
                index += 1
                continue
            }
            let trail = bytes[index + 1]
            multibyte += 1
            if (0x30...0x39).contains(trail) {
                index += 4  // a four-byte character: rare in Chinese prose
                continue
            }
            if (0xA1...0xF7).contains(lead), (0xA1...0xFE).contains(trail) { common += 1 }
            index += 2
        }
        return multibyte > 0 && common * 10 >= multibyte * 7
    }
}
