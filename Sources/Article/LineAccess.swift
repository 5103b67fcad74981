/// The lines of a page as the page reader asks for them: by index, in order, never far ahead of the line it is
/// at. An array of lines answers at once; `StreamedLines` reads the file as far as it must.
protocol LineAccess {
    /// The line at `index`, or nil past the last one.
    func line(at index: Int) -> SourceLine?
    /// Says that no line before `index` will be asked for again.
    func release(before index: Int)
}

extension Array: LineAccess where Element == SourceLine {
    func line(at index: Int) -> SourceLine? { index < count ? self[index] : nil }
    func release(before index: Int) {}
}
