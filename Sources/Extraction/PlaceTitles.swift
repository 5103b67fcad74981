/// Posts written after the place they are held in: 湖南省委书记 is 湖南 + 省委书记, but jieba's list has 湖南省委
/// (and 上海市委, 四川省委…), so the segmenter reads 湖南省委 / 书记 and the post is never a word of the text. A
/// glossary title that begins inside a word after a place name and runs to the end of the next word is found
/// there (省委书记, 市委书记), in every report of a leader's tour ("在湖南省委书记沈晓明和省长毛伟明陪同下").
enum PlaceTitles {
    /// `isPlace` tells whether a word is a place name, `isTitle` whether a wording is a title of the glossary.
    static func spans(
        in scalars: [Unicode.Scalar], words: [Word], isPlace: (String) -> Bool, isTitle: (String) -> Bool
    ) -> [Span] {
        var spans: [Span] = []
        for index in words.indices.dropLast() {
            let (word, next) = (words[index], words[index + 1])
            // A place of two characters or more, then at least two of the title.
            guard word.isHan, next.isHan, word.length >= 4 else { continue }
            for cut in (word.start + 2)...(word.end - 2) {
                // The title first: most cuts make no glossary unit, which the lexicon's flags tell at once.
                if isTitle(String(scalars: scalars[cut..<next.end])), isPlace(String(scalars: scalars[word.start..<cut])) {
                    spans.append(Span(start: cut, length: next.end - cut))
                    break
                }
            }
        }
        return spans
    }
}
