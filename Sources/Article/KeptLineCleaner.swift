/// Cuts UTF-8 text, given a block at a time, into its lines and cleans each as `SourceLine.clean` does (invisible
/// characters and the line's outer white space dropped, white space next to a wide character removed, one space
/// kept between two Latin words), writing the cleaned line as UTF-8: `SourceLine.lines(of:keepingBlankLines: true)`
/// without a scalar array.
struct KeptLineCleaner {
    /// The start of a scalar that the last block cut off, read with the next block.
    private var carried: [UInt8] = []
    private var atStart = true
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

    /// Reads the next block of the input, calling `emit` with each line it completes.
    /// - Throws: `emit`'s error, or `KeptLineCleaner.InvalidUTF8`.
    mutating func read(block: UnsafeBufferPointer<UInt8>, emit: (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        if carried.isEmpty { return try consume(block, emit: emit) }
        let joined = carried + block
        carried = []
        try joined.withUnsafeBufferPointer { try consume($0, emit: emit) }
    }

    /// What `read` throws for bytes that are not UTF-8 (the input changed since it was checked).
    struct InvalidUTF8: Error {}

    private mutating func consume(_ block: UnsafeBufferPointer<UInt8>, emit: (UnsafeBufferPointer<UInt8>) throws -> Void)
        throws
    {
        guard let base = block.baseAddress else { return }
        var offset = 0
        if atStart {
            atStart = false
            if block.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        }
        while offset < block.count {
            switch UTF8Scalars.step(base, at: offset, end: block.count) {
            case let .scalar(scalar, length):
                try read(scalar, base, offset: offset, length: length, emit: emit)
                offset += length
            case .incomplete:
                carried = Array(block[offset...])
                return
            case .invalid:
                throw InvalidUTF8()
            }
        }
    }

    /// Reads one scalar whose UTF-8 is `bytes[offset..<offset + length]`; calls `emit` with the cleaned line when
    /// the scalar ends one.
    @inline(__always)
    private mutating func read(
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

    /// Ends the input: its last line, unless the input ended with a line break; false when the input ended inside
    /// a scalar.
    mutating func finish(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows -> Bool {
        guard carried.isEmpty else { return false }
        if lineStarted { try emitLine(emit) }
        return true
    }

    private mutating func emitLine(_ emit: (UnsafeBufferPointer<UInt8>) throws -> Void) rethrows {
        try line.withUnsafeBufferPointer { try emit($0) }
        line.removeAll(keepingCapacity: true)
        lineStarted = false
        pendingSpace = false
        lastKeptIsWide = nil
    }
}
