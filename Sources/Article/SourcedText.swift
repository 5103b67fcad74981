/// Repaired text that remembers, for every Unicode scalar, where it stood in the decoded input.
/// Lines are joined and spaces dropped on the way, so this mapping is what lets a sentence, however
/// far it was rebuilt, point back at the line and column it came from.
struct SourcedText {
    var scalars: [Unicode.Scalar] = []
    /// `origins[i]` is the offset (in scalars) of `scalars[i]` in the decoded input.
    var origins: [Int] = []
    /// Where a text without characters stands (a blank line that --keep-lines keeps); unused otherwise.
    var emptyOrigin: Int?

    var isEmpty: Bool { scalars.isEmpty }
    /// Where the text starts in the decoded input.
    var startOrigin: Int? { origins.first ?? emptyOrigin }
    var count: Int { scalars.count }
    var first: Unicode.Scalar? { scalars.first }
    var last: Unicode.Scalar? { scalars.last }

    mutating func append(_ scalar: Unicode.Scalar, from origin: Int) {
        scalars.append(scalar)
        origins.append(origin)
    }

    mutating func append(_ other: SourcedText) {
        scalars.append(contentsOf: other.scalars)
        origins.append(contentsOf: other.origins)
    }

    mutating func removeLast() {
        scalars.removeLast()
        origins.removeLast()
    }

    subscript(range: Range<Int>) -> SourcedText {
        SourcedText(scalars: Array(scalars[range]), origins: Array(origins[range]))
    }

    /// The text as it should be shown.
    var string: String { String(scalars: scalars) }

    /// The text for matching (full-width digits and Latin letters as ASCII), or nil when that is the same.
    var matchingString: String? { Self.matchingString(scalars[...]) }

    /// Cells on a printed line (a Han character takes two, a digit one).
    var cells: Int { scalars.reduce(0) { $0 + $1.cells } }

    static func matchingString(_ scalars: ArraySlice<Unicode.Scalar>) -> String? {
        guard scalars.contains(where: { $0.matchingForm != $0 }) else { return nil }
        return String(scalars: scalars.map(\.matchingForm))
    }
}
