import TextFile

/// The lines of a review history in `tifa fsrs replay`'s JSON Lines (a file or standard input), each checked to
/// be UTF-8; a failure names the file and line. What `fsrs replay` and `fsrs optimize` read alike.
struct ReviewLines {
    /// One review a line, as the messages show it.
    static let example = #"{"card": "a", "rating": 3, "time": "2025-01-01T00:00:00Z"}"#

    private var lines: TextLines
    /// The 1-based number of the line `next` returned last.
    private(set) var lineNumber = 0

    /// What the user named: a path, or "standard input".
    var name: String { lines.name }

    init(path: String) throws(TextFileError) {
        lines = try TextLines(path: path)
    }

    func close() {
        lines.close()
    }

    /// The next line's bytes, UTF-8, without its line break; nil after the last line.
    mutating func next() throws(CommandFailure) -> ArraySlice<UInt8>? {
        lineNumber += 1
        let bytes: ArraySlice<UInt8>
        do {
            guard let next = try lines.next() else { return nil }
            bytes = next
        } catch {
            throw failure(error.localizedDescription)
        }
        // ASCII, the usual case, is UTF-8 without a closer look.
        guard Self.isASCII(bytes) || String(validating: bytes, as: UTF8.self) != nil else {
            throw failure("not UTF-8 text; give UTF-8 JSON Lines, one review a line such as \(Self.example)")
        }
        return bytes
    }

    /// Whether every byte is below 0x80, eight at a time.
    private static func isASCII(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            var high: UInt64 = 0
            while offset + 8 <= raw.count {
                high |= raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                offset += 8
            }
            while offset < raw.count {
                high |= UInt64(raw[offset])
                offset += 1
            }
            return high & 0x8080_8080_8080_8080 == 0
        }
    }

    /// A failure at line `line` (the current one when nil).
    func failure(_ message: String, line: Int? = nil) -> CommandFailure {
        CommandFailure("\(name):\(line ?? lineNumber): \(message)")
    }

    /// The failure of a history without a single review.
    var noReviews: CommandFailure {
        CommandFailure("'\(name)' holds no reviews; give JSON Lines, one review a line such as \(Self.example)")
    }
}
