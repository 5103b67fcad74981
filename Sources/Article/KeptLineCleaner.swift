/// Cuts UTF-8 text into its lines and cleans each as `SourceLine.clean` does (invisible characters and the line's
/// outer white space dropped, white space next to a wide character removed, one space kept between two Latin
/// words), writing the cleaned line as UTF-8: `SourceLine.lines(of:keepingBlankLines: true)` without a scalar array.
struct KeptLineCleaner {
    /// The current line, cleaned so far.
    private(set) var line: [UInt8] = []
    /// Whether the current line has any scalar at all (a blank line still counts as a line).
    private var lineStarted = false
    /// White space seen since the last scalar kept, which becomes one space between two narrow characters.
    private var pendingSpace = false
    private var lastKeptIsWide: Bool?
    /// A carriage return ended the last line: a line feed right after it belongs to the same break.
    private var afterCarriageReturn = false

    init() {
        line.reserveCapacity(1 << 12)
    }

    /// Reads one scalar whose UTF-8 is `bytes[offset..<offset + length]`; calls `emit` with the cleaned line when
    /// the scalar ends one.
    @inline(__always)
    mutating func read(
        _ scalar: Unicode.Scalar, _ bytes: UnsafePointer<UInt8>, offset: Int, length: Int,
        emit: (UnsafeBufferPointer<UInt8>) throws -> Void
    ) rethrows {
        if afterCarriageReturn {
            afterCarriageReturn = false
            if scalar == "\n" { return }
        }
        if scalar.isLineBreak {
            try emitLine(emit)
            afterCarriageReturn = scalar == "\r"
            return
        }
        lineStarted = true
        if scalar.isInvisible { return }
        if scalar.isBlank {
            pendingSpace = true
            return
        }
        let isWide = scalar.isWide
        if pendingSpace {
            if lastKeptIsWide == false, !isWide { line.append(UInt8(ascii: " ")) }
            pendingSpace = false
        }
        lastKeptIsWide = isWide
        if length == 1 {
            line.append(bytes[offset])
        } else {
            line.append(contentsOf: UnsafeBufferPointer(start: bytes + offset, count: length))
        }
    }

    /// Ends the input: its last line, unless the input ended with a line break.
    mutating func finish(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        if lineStarted { try emitLine(emit) }
    }

    private mutating func emitLine(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try line.withUnsafeBufferPointer { try emit($0) }
        line.removeAll(keepingCapacity: true)
        lineStarted = false
        pendingSpace = false
        lastKeptIsWide = nil
    }
}
