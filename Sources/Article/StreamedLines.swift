import TextFile

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The lines of a plain UTF-8 file, read a block at a time as the page reader asks for them: the same lines,
/// cleaned the same way, as `SourceLine.lines` cuts from the whole decoded text, with the same origins (offsets
/// in the decoded text, after a byte-order mark). Lines the reader has passed are let go.
final class StreamedLines: LineAccess {
    private let descriptor: Int32
    private let name: String
    /// Lines read and not yet let go; the first is line number `base`.
    private var lines: [SourceLine] = []
    private var base = 0
    private var atEnd = false
    /// What went wrong reading the file again (it changed, or a read failed); the lines stop there.
    private(set) var failure: ArticleError?

    // Decoding.
    private var carried: [UInt8] = []
    private var atStart = true
    // Cutting lines, as `SourceLine.lines` does.
    private var offset = 0
    private var scalars: [Unicode.Scalar] = []
    private var origins: [Int] = []
    private var blanks = 0
    private var afterCarriageReturn = false
    // Counting lines as editors do, for `LineTable`: only while `countsLines`.
    private let countsLines: Bool
    private(set) var lineStarts: [Int] = [0]
    private var lineStartAfterCarriageReturn = false

    /// Reads the file at `path` (checked to be plain UTF-8 text); `countingLines` keeps the offsets where the
    /// file's lines start.
    init(path: String, name: String, countingLines: Bool = false) throws(ArticleError) {
        do {
            descriptor = try TextFile.open(path)
        } catch {
            throw ArticleError(error)
        }
        self.name = name
        countsLines = countingLines
    }

    deinit {
        close(descriptor)
    }

    func line(at index: Int) -> SourceLine? {
        while index - base >= lines.count, !atEnd { readBlock() }
        return index - base < lines.count ? lines[index - base] : nil
    }

    func release(before index: Int) {
        // Dropping lines one at a time would move the rest each time: a few hundred at once.
        let passed = index - base
        guard passed >= 256, passed <= lines.count else { return }
        lines.removeFirst(passed)
        base = index
    }

    /// Reads the file to its end, for what `line(at:)` gathers on the way (the line starts).
    func readToEnd(_ body: (SourceLine) -> Void) {
        var index = 0
        while let line = line(at: index) {
            body(line)
            index += 1
            release(before: index)
        }
    }

    private func readBlock() {
        var block = [UInt8](repeating: 0, count: 1 << 18)
        let count = block.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0 {
            if errno == EINTR { return }
            return fail(.unreadable(name, reason: SystemError.current.reason))
        }
        if count == 0 {
            guard carried.isEmpty else { return fail(.notUTF8(name)) }
            endLine()
            if countsLines, lineStartAfterCarriageReturn { lineStarts.append(offset) }
            atEnd = true
            return
        }
        block.removeLast(block.count - count)
        if !carried.isEmpty {
            block = carried + block
            carried = []
        }
        block.withUnsafeBufferPointer { decode($0) }
    }

    private func decode(_ block: UnsafeBufferPointer<UInt8>) {
        guard let bytes = block.baseAddress else { return }
        var position = 0
        if atStart {
            if block.count < 3, block.elementsEqual([0xEF, 0xBB, 0xBF].prefix(block.count)) {
                carried = Array(block)
                return
            }
            atStart = false
            if block.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }
        while position < block.count {
            switch UTF8Scalars.step(bytes, at: position, end: block.count) {
            case let .scalar(scalar, length):
                position += length
                take(scalar)
            case .incomplete:
                carried = Array(block[position...])
                return
            case .invalid:
                return fail(.notUTF8(name))
            }
        }
    }

    /// The next scalar of the decoded text.
    private func take(_ scalar: Unicode.Scalar) {
        defer { offset += 1 }
        if countsLines {
            if lineStartAfterCarriageReturn {
                lineStartAfterCarriageReturn = false
                if scalar != "\n" { lineStarts.append(offset) }
            }
            if scalar == "\r" {
                lineStartAfterCarriageReturn = true
            } else if scalar == "\n" {
                lineStarts.append(offset + 1)
            }
        }
        if afterCarriageReturn {
            afterCarriageReturn = false
            // CR LF is one line break.
            if scalar == "\n" { return }
        }
        guard scalar.isLineBreak else {
            scalars.append(scalar)
            origins.append(offset)
            return
        }
        endLine()
        if scalar == "\u{0C}" { blanks += 1 }
        if scalar == "\r" { afterCarriageReturn = true }
    }

    private func endLine() {
        let cleaned = SourceLine.clean(scalars[...], origins: origins[...])
        if cleaned.isEmpty {
            blanks += 1
        } else {
            lines.append(SourceLine(text: cleaned, cells: cleaned.cells, blankLinesBefore: blanks))
            blanks = 0
        }
        scalars.removeAll(keepingCapacity: true)
        origins.removeAll(keepingCapacity: true)
    }

    private func fail(_ error: ArticleError) {
        failure = failure ?? error
        atEnd = true
    }
}
