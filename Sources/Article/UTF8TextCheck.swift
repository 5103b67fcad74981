/// Whether bytes, given a block at a time, are what `Document` reads as plain UTF-8 text without an error: valid
/// UTF-8 (a leading byte-order mark allowed), no NUL, at most 1 % control characters, something visible, and (when
/// the format is automatic) no web page. The same tests as `DecodedText` and `HTMLText.looksLikeHTML`, in one pass
/// that keeps nothing but counts and the first 512 scalars.
struct UTF8TextCheck {
    private var carried: [UInt8] = []
    private var atStart = true
    private var failed = false
    private var scalars = 0
    private var controls = 0
    private var visible = 0
    /// The start of the text, which tells a web page.
    private(set) var head: [Unicode.Scalar] = []

    /// Reads the next block.
    mutating func feed(_ block: UnsafeBufferPointer<UInt8>) {
        guard !failed, !block.isEmpty else { return }
        if carried.isEmpty {
            consume(block)
        } else {
            // A scalar cut by the block boundary: read it with the new block.
            carried.append(contentsOf: block)
            let joined = carried
            carried = []
            joined.withUnsafeBufferPointer { consume($0) }
        }
    }

    /// Whether everything fed is text that `Document` reads as UTF-8 without an error.
    func isPlainText(name: String, options: ReadingOptions) -> Bool {
        guard !failed, carried.isEmpty, scalars > 0, controls * 100 <= scalars, visible > 0 else { return false }
        switch options.format {
        case .plainText: return true
        case .html: return false
        case .automatic: return !HTMLText.looksLikeHTML(name: name, scalars: head)
        }
    }

    /// Marks the input as something else than UTF-8 text (UTF-16 with its byte-order mark, too long).
    /// Reads the open file through: true when it is plain UTF-8 text for a streamed reading, within
    /// `Document.largestInput` (a file too long, or endless such as /dev/urandom, is left to `Document`, which
    /// refuses it).
    static func fileIsPlainText(_ descriptor: Int32, name: String, options: ReadingOptions) -> Bool {
        var check = UTF8TextCheck()
        var total = 0
        let complete = KeptLines.readBlocks(descriptor) { block in
            total += block.count
            if total > Document.largestInput {
                check.reject()
                return false
            }
            check.feed(block)
            return true
        }
        return complete && check.isPlainText(name: name, options: options)
    }

    mutating func reject() {
        failed = true
    }

    private mutating func consume(_ block: UnsafeBufferPointer<UInt8>) {
        guard let base = block.baseAddress else { return }
        var offset = 0
        if atStart {
            if block.count < 3, block.elementsEqual([0xEF, 0xBB, 0xBF].prefix(block.count)) {
                carried = Array(block)
                return
            }
            atStart = false
            if block.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        }
        while offset < block.count {
            switch UTF8Scalars.step(base, at: offset, end: block.count) {
            case let .scalar(scalar, length):
                offset += length
                count(scalar)
            case .incomplete:
                carried = Array(block[offset...])
                return
            case .invalid:
                failed = true
                return
            }
        }
    }

    @inline(__always)
    private mutating func count(_ scalar: Unicode.Scalar) {
        scalars += 1
        if head.count < 512 { head.append(scalar) }
        if scalar.value == 0 {
            failed = true
        } else if scalar.isInvisible, scalar.value < 0x20 || scalar.value == 0x7F {
            controls += 1
        } else if !scalar.isBlank, !scalar.isLineBreak, !scalar.isInvisible {
            visible += 1
        }
    }
}
