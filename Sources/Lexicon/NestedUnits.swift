extension Lexicon {
    /// The glossary terms and idioms standing inside a longer word, as (start, length) in Unicode scalars:
    /// 中国特色社会主义 inside 习近平新时代中国特色社会主义思想. A learner wants those as cards of their own.
    public func units(inside word: String) -> [(start: Int, length: Int)] {
        let scalars = Array(word.unicodeScalars)
        var units: [(start: Int, length: Int)] = []
        for start in scalars.indices {
            var candidate = String.UnicodeScalarView()
            for end in start..<scalars.count {
                candidate.append(scalars[end])
                let length = end - start + 1
                guard length < scalars.count, let entry = index.entry(String(candidate)) else { break }
                if length >= 2, entry.isWord, entry.isInGlossary || entry.isIdiom { units.append((start, length)) }
                if !entry.isPrefix { break }
            }
        }
        return units
    }
}
