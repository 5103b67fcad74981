/// A JSON array printed element by element as a store hands the elements over, byte for byte what
/// `JSONOutput.string` prints for the whole array: `tifa cards list --json` on 100,000 cards starts at once and
/// never holds them all. Each element is encoded on its own and indented one level, as the encoder indents the
/// elements of an array (an element's strings hold no raw newline: the encoder escapes them).
struct JSONArrayPrinter {
    private var count = 0

    mutating func add(_ element: some Encodable) throws {
        let lines = try JSONOutput.string(element).split(separator: "\n", omittingEmptySubsequences: false)
        print(count == 0 ? "[" : ",")
        print(lines.map { "  " + $0 }.joined(separator: "\n"), terminator: "")
        count += 1
    }

    /// Closes the array; an empty one is printed as the encoder prints it, with an empty line inside.
    func finish() {
        print(count == 0 ? "[\n\n]" : "\n]")
    }
}
