import Article
import Lexicon

/// `tifa read --segment`: each headline and paragraph (or each sentence) on a line, cut into words.
struct SegmentedText {
    var document: Document
    var segmenter: Segmenter
    var bySentence: Bool

    var text: String {
        let lines: [String] =
            bySentence
            ? document.articles.flatMap(\.sentences).map(\.text)
            : document.articles.flatMap { $0.headlines.map(\.text) + $0.paragraphs.map(\.text) }
        return lines.map { segmenter.words($0).joined(separator: " ") }.joined(separator: "\n")
    }

    /// Writes one line of UTF-8 text cut into words, as `text` writes each of its lines: the words separated by
    /// single spaces, written from the line's own bytes.
    static func write(line: UnsafeBufferPointer<UInt8>, segmenter: Segmenter, into output: inout BufferedOutput) {
        guard !line.isEmpty else { return }
        let tokens = segmenter.segment(utf8: line)
        for (position, token) in tokens.enumerated() {
            if position > 0 { output.append(UInt8(ascii: " ")) }
            output.append(UnsafeBufferPointer(rebasing: line[token.start..<token.end]))
        }
    }
}
