import Lexicon

/// Glossary wordings the text writes with 、 between their parts (强国建设、民族复兴伟业;
/// 外防输入、内防反弹). The lexicon keys them without the 、, so the segmenter, which reads the text as it is,
/// cannot meet them: they are looked up across each 、 of the sentence.
enum EnumeratedWordings {
    /// How far a wording reaches on either side of the 、 it spans: the glossary's longest, 以中国式现代化全面推进
    /// 强国建设、民族复兴伟业, reaches 15 characters before it.
    static let reach = 24
    /// The shortest wording the glossary writes without 、 that a text's 、 may still set apart (经济社会发展 as
    /// 经济、社会发展; not 政治安全 as 政治、安全, two items of a list).
    static let unenumeratedLength = 6

    static func spans(in scalars: [Unicode.Scalar], lexicon: Lexicon) -> [Span] {
        let commas = scalars.indices.filter { scalars[$0] == "、" }
        guard !commas.isEmpty else { return [] }
        var spans: [Span] = []
        for comma in commas {
            let lower = max(0, comma - reach)
            let upper = min(scalars.count, comma + 1 + reach)
            for start in lower..<comma where scalars[start].isHan {
                // The lexicon has every prefix of its words as a key, flagged as one: where the key so far is no
                // key, or no longer word starts with it, the search from this start ends there (most end at the
                // 、 or the character after it, rather than looking up every key within reach).
                let before = scalars[start..<comma]
                guard before.allSatisfy({ $0.isHan || $0 == "、" }),
                    lexicon.entry(String(scalars: before.filter { $0 != "、" }))?.isPrefix == true
                else { continue }
                var key = String.UnicodeScalarView()
                for index in start..<upper {
                    guard scalars[index].isHan || scalars[index] == "、" else { break }
                    if scalars[index] != "、" { key.append(scalars[index]) }
                    guard index > comma, scalars[index] != "、" else { continue }
                    guard let entry = lexicon.entry(String(key)) else { break }
                    // Each part a word's length at least (稳、就业 is the end of one item and the next), and the
                    // wording as the glossary writes it, 、 and all: 政治、安全 in a list is not 政治安全. A long
                    // wording the glossary writes without 、 is one the text may set apart either way.
                    if entry.isWord, entry.isInGlossary, comma - start >= 2, index - comma >= 2,
                        let term = entry.glossary?.term,
                        term == String(scalars: scalars[start...index]) || (key.count >= unenumeratedLength && !term.contains("、"))
                    {
                        spans.append(Span(start: start, length: index + 1 - start))
                    }
                    if !entry.isPrefix { break }
                }
            }
        }
        return spans
    }
}
