/// The lines of a text one at a time, cut at each newline character as `split(omittingEmptySubsequences: false,
/// whereSeparator: \.isNewline)` cuts them, for the readers that look at the first lines of a file: splitting a
/// 50,000-line list whole made an array of every line to read one or two.
struct LazyLines: Sequence, IteratorProtocol {
    private var rest: Substring?

    init(_ text: String) { rest = text[...] }

    mutating func next() -> Substring? {
        guard let text = rest else { return nil }
        guard let end = text.firstIndex(where: \.isNewline) else {
            rest = nil
            return text
        }
        rest = text[text.index(after: end)...]
        return text[..<end]
    }
}
