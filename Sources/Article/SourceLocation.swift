/// Where a piece of text starts in the file the user gave: 1-based line and column, the column counted in
/// Unicode scalars (one per Chinese character) after the byte-order mark. The same for every encoding of
/// the file, so a card made from a GB18030 page points at the same place as one made from its UTF-8 copy.
public struct SourceLocation: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The offsets at which the decoded input's lines start, to turn a scalar offset into a `SourceLocation`.
struct LineTable {
    private var starts: [Int] = [0]

    /// The table of lines starting at `starts` (the first at 0), counted while a file was read a block at a time.
    init(starts: [Int]) {
        self.starts = starts
    }

    /// Counts lines the way editors do: CR LF, LF and CR each end one (a form feed does not).
    init(_ scalars: [Unicode.Scalar]) {
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
            if scalar == "\n" || scalar == "\r" { starts.append(index) }
        }
    }

    func location(of offset: Int) -> SourceLocation {
        // The last line start at or before the offset.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return SourceLocation(line: low + 1, column: offset - starts[low] + 1)
    }
}
