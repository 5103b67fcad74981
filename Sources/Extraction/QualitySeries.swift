/// Runs of -化 qualities written without 、 (市场化法治化国际化营商环境, 中国化时代化, 常态化长效化): official prose
/// stacks the qualities a policy must have, and the run is learned as one wording, with the unit it qualifies when
/// that is a unit of the glossary (营商环境). Set off by 、 (高端化、智能化、绿色化) they are `ParallelSeries`'s.
/// A quality is a two-character stem and 化; the verbs of one character and 化 (深化, 强化, 优化) are no quality,
/// so 强化现代化建设 is no run.
enum QualitySeries {
    static let leastQualities = 2

    /// `isSetUnit` tells whether the word after the run is a unit of the glossary or the idiom lists.
    static func spans(in scalars: [Unicode.Scalar], words: [Word], isSetUnit: (String) -> Bool) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < words.count {
            var end = index
            var qualities = 0
            while end < words.count {
                if let count = qualityCount(words[end], scalars) {
                    qualities += count
                    end += 1
                } else if isSplitQuality(at: end, words, scalars) {
                    qualities += 1
                    end += 2
                } else {
                    break
                }
            }
            guard qualities >= leastQualities else {
                index = max(end, index + 1)
                continue
            }
            var last = words[end - 1]
            if end < words.count, words[end].isHan,
                isSetUnit(String(scalars: scalars[words[end].start..<words[end].end]))
            {
                last = words[end]
            }
            spans.append(Span(start: words[index].start, length: last.end - words[index].start))
            index = end
        }
        return spans
    }

    /// A quality the segmenter cut in two, the stem and 化 (绿色 / 化 in 高端化智能化绿色化).
    private static func isSplitQuality(at index: Int, _ words: [Word], _ scalars: [Unicode.Scalar]) -> Bool {
        guard index + 1 < words.count else { return false }
        let (stem, suffix) = (words[index], words[index + 1])
        return stem.isHan && stem.length == 2 && suffix.isHan && suffix.length == 1 && scalars[suffix.start] == "化"
    }

    /// How many qualities the word is made of (市场化 1, 市场化法治化 2), or nil when it is none.
    private static func qualityCount(_ word: Word, _ scalars: [Unicode.Scalar]) -> Int? {
        guard word.isHan, word.length % 3 == 0 else { return nil }
        let ends = stride(from: word.start + 2, to: word.end, by: 3)
        return ends.allSatisfy { scalars[$0] == "化" } ? word.length / 3 : nil
    }
}
