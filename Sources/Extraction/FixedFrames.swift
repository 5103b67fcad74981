/// Set wordings built on a fixed frame, coined anew with each filling: "X字当头", one character put first (稳字当头,
/// 干字当头, 拼字当头), and "N不分…", a principle that knows no distinction (友好不分先后,
/// 国家不分大小、强弱、贫富). The frame says the wording is a unit though no list has it.
enum FixedFrames {
    static let putFirst = Array("字当头".unicodeScalars)
    static let noDistinction = Array("不分".unicodeScalars)
    /// Pairs after 不分 (大小、强弱、贫富): two characters each, at most this many.
    static let mostPairs = 4

    static func spans(in scalars: [Unicode.Scalar], words: [Word]) -> [Span] {
        // Word edges are needed only where 不分 stands, which few sentences have.
        lazy var starts = Set(words.map(\.start))
        lazy var ends = Set(words.map(\.end))
        var spans: [Span] = []
        for offset in scalars.indices {
            if matches(putFirst, in: scalars, at: offset), offset >= 1, isHan(scalars[offset - 1]) {
                spans.append(Span(start: offset - 1, length: putFirst.count + 1))
            }
            // The subject is the word of two characters just before 不分; each pair after it is a word of its own.
            if matches(noDistinction, in: scalars, at: offset), offset >= 2, starts.contains(offset - 2), ends.contains(offset),
                isHan(scalars[offset - 2]), isHan(scalars[offset - 1])
            {
                var end = offset + noDistinction.count
                var pairs = 0
                while pairs < mostPairs, end + 2 <= scalars.count, starts.contains(end), ends.contains(end + 2),
                    isHan(scalars[end]), isHan(scalars[end + 1])
                {
                    pairs += 1
                    end += 2
                    guard end + 1 < scalars.count, scalars[end] == "、" else { break }
                    end += 1
                }
                if scalars[end - 1] == "、" { end -= 1 }
                if pairs > 0 { spans.append(Span(start: offset - 2, length: end - offset + 2)) }
            }
        }
        return spans
    }

    /// The English of a wording the frame explains and no dictionary has: "X字当头" is "putting “X” first", the
    /// character left in Chinese since its sense is the speaker's (干 here is "to act", not "dry"). Nil for other
    /// wordings: the pairs after 不分 read best from the dictionaries' words.
    static func gloss(of term: String) -> String? {
        let scalars = Array(term.unicodeScalars)
        guard scalars.count == putFirst.count + 1, isHan(scalars[0]), matches(putFirst, in: scalars, at: 1) else { return nil }
        let character = String(scalars[0])
        return "putting “\(character)” first: “\(character)” as the watchword (the frame X字当头)"
    }

    /// Whether `frame` stands in `scalars` at `offset`.
    static func matches(_ frame: [Unicode.Scalar], in scalars: [Unicode.Scalar], at offset: Int) -> Bool {
        offset >= 0 && offset + frame.count <= scalars.count && scalars[offset..<offset + frame.count].elementsEqual(frame)
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isIdeographic }
}
