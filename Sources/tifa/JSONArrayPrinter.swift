/// A JSON array printed element by element as a store hands the elements over, byte for byte what
/// `JSONOutput.string` prints for the whole array: `tifa cards list --json` on 100,000 cards starts at once and
/// never holds them all. Each element is encoded on its own and indented one level, as the encoder indents the
/// elements of an array (an element's strings hold no raw newline: the encoder escapes them).
struct JSONArrayPrinter {
    private var count = 0

    mutating func add(_ element: some Encodable) throws {
        add(encoded: try Self.element(element))
    }

    /// Adds an element already made by `element(_:)` (which can be called on any thread).
    mutating func add(encoded element: String) {
        print(count == 0 ? "[" : ",")
        print(element, terminator: "")
        count += 1
    }

    /// The element as the array prints it: encoded on its own and indented one level. An empty line (the
    /// encoder writes an empty array as `[`, an empty line, `]`) stays empty, as in the whole array's encoding.
    static func element(_ element: some Encodable) throws -> String {
        let json = try JSONOutput.data(element)
        // Two spaces at the start of every line but an empty one, byte by byte (cutting the text into lines and
        // joining them again cost as much as encoding it).
        let newline = UInt8(ascii: "\n")
        let space = UInt8(ascii: " ")
        var indented: [UInt8] = []
        indented.reserveCapacity(json.count + json.count / 4)
        var atLineStart = true
        for byte in json {
            if atLineStart, byte != newline {
                indented.append(space)
                indented.append(space)
            }
            indented.append(byte)
            atLineStart = byte == newline
        }
        return String(decoding: indented, as: UTF8.self)
    }

    /// Closes the array; an empty one is printed as the encoder prints it, with an empty line inside.
    func finish() {
        print(count == 0 ? "[\n\n]" : "\n]")
    }
}
