import Article
import Lexicon

/// A sentence of the text being read, with what the finder needs: its scalars (full-width digits and
/// letters made ASCII, for matching) and the article it belongs to (by its number in the text).
struct ReadSentence {
    var sentence: Sentence
    var article: Int
    var scalars: [Unicode.Scalar]

    init(_ sentence: Sentence, article: Int) {
        self.sentence = sentence
        self.article = article
        scalars = Array(sentence.matchingText.unicodeScalars)
    }

    var isHeadline: Bool { sentence.part == .headline }

    func text(_ start: Int, _ length: Int) -> String {
        String(scalars: scalars[start..<start + length])
    }

    /// Whether the span is exactly what stands between a pair of quotation marks.
    func isQuoted(_ start: Int, _ length: Int) -> Bool {
        guard start > 0, start + length < scalars.count else { return false }
        return QuotationMarks.pairs[scalars[start - 1]] == scalars[start + length]
    }
}

enum QuotationMarks {
    static let pairs: [Unicode.Scalar: Unicode.Scalar] = ["“": "”", "「": "」", "『": "』", "‘": "’", "\"": "\""]
    static let closing = Set(pairs.values)
    /// Opening and closing marks alike.
    static let all = Set(pairs.keys).union(closing)
}
