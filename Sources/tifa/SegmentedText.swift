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
}
