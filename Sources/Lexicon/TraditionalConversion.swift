extension Lexicon {
    /// `simplified` in traditional characters by OpenCC's simplified-to-traditional conversion (its `s2t`
    /// configuration, tables in `Dictionaries/opencc_st.tsv`): at each position the longest phrase of the
    /// phrase tables (以后 → 以後 but 皇后 → 皇后, 干部 → 幹部, 致远 → 致遠), else the character's first
    /// candidate (发 → 發), else the character unchanged. This is the form for words CC-CEDICT does not have;
    /// a CC-CEDICT word keeps the form its entry gives.
    public func convertedToTraditional(_ simplified: String) -> String {
        let scalars = Array(simplified.unicodeScalars)
        var result = String.UnicodeScalarView()
        var start = 0
        while start < scalars.count {
            var longest: (end: Int, form: String)?
            var candidate = String.UnicodeScalarView()
            var end = start
            while end < scalars.count {
                candidate.append(scalars[end])
                end += 1
                guard let entry = index.entry(String(candidate)) else { break }
                if let form = entry.convertedForm { longest = (end, form) }
                guard entry.isConversionPrefix else { break }
            }
            if let longest {
                result.append(contentsOf: longest.form.unicodeScalars)
                start = longest.end
            } else {
                result.append(scalars[start])
                start += 1
            }
        }
        return String(result)
    }
}
