/// Runs of -化 qualities written without 、 (市场化法治化国际化营商环境, 中国化时代化, 常态化长效化): official prose
/// stacks the qualities a policy must have, and the run is learned as one wording, with the unit it qualifies when
/// that is a unit of the glossary (营商环境). Runs of -链 chains are stacked the same way (创新链产业链资金链人才链,
/// 产业链供应链). Set off by 、 (高端化、智能化、绿色化) they are `ParallelSeries`'s.
/// An item is a two-character stem and its suffix; the verbs of one character and 化 (深化, 强化, 优化) are no
/// quality, so 强化现代化建设 is no run.
enum QualitySeries {
    static let leastQualities = 2
    static let quality: Unicode.Scalar = "化"
    static let chain: Unicode.Scalar = "链"

    /// `isSetUnit` tells whether the word after the run is a unit of the glossary or the idiom lists.
    static func spans(in scalars: [Unicode.Scalar], words: [Word], isSetUnit: (String) -> Bool) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < words.count {
            guard let suffix = suffix(ofItemAt: index, words, scalars), let end = run(from: index, suffix, words, scalars) else {
                index += 1
                continue
            }
            var last = words[end - 1]
            // The qualities a unit must have come before it; what follows chains is what is done with them.
            if suffix == quality, end < words.count, words[end].isHan,
                isSetUnit(String(scalars: scalars[words[end].start..<words[end].end]))
            {
                last = words[end]
            }
            spans.append(Span(start: words[index].start, length: last.end - words[index].start))
            index = end
        }
        return spans
    }

    /// The suffix (化 or 链) of an item that begins at word `index`, whole (市场化, 创新链产业链) or cut in two (绿色 /
    /// 化): the run's first item says which suffix the others share.
    private static func suffix(ofItemAt index: Int, _ words: [Word], _ scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        let word = words[index]
        guard word.isHan else { return nil }
        let suffix: Unicode.Scalar
        if word.length % 3 == 0 {
            suffix = scalars[word.start + 2]
        } else if word.length == 2, index + 1 < words.count {
            suffix = scalars[words[index + 1].start]
        } else {
            return nil
        }
        return suffix == quality || suffix == chain ? suffix : nil
    }

    /// The end (a word index) of a run of two items or more with `suffix` from word `index`, or nil.
    private static func run(from index: Int, _ suffix: Unicode.Scalar, _ words: [Word], _ scalars: [Unicode.Scalar]) -> Int? {
        var end = index
        var items = 0
        while end < words.count {
            if let count = itemCount(words[end], suffix, scalars) {
                items += count
                end += 1
            } else if isSplitItem(at: end, suffix, words, scalars) {
                items += 1
                end += 2
            } else {
                break
            }
        }
        return items >= leastQualities ? end : nil
    }

    /// An item the segmenter cut in two, the stem and its suffix (绿色 / 化 in 高端化智能化绿色化, 资金 / 链).
    private static func isSplitItem(at index: Int, _ suffix: Unicode.Scalar, _ words: [Word], _ scalars: [Unicode.Scalar]) -> Bool {
        guard index + 1 < words.count else { return false }
        let (stem, end) = (words[index], words[index + 1])
        return stem.isHan && stem.length == 2 && end.isHan && end.length == 1 && scalars[end.start] == suffix
    }

    /// How many items the word is made of (市场化 1, 市场化法治化 2), or nil when it is none.
    private static func itemCount(_ word: Word, _ suffix: Unicode.Scalar, _ scalars: [Unicode.Scalar]) -> Int? {
        guard word.isHan, word.length % 3 == 0 else { return nil }
        let ends = stride(from: word.start + 2, to: word.end, by: 3)
        return ends.allSatisfy { scalars[$0] == suffix } ? word.length / 3 : nil
    }
}
