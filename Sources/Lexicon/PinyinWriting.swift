extension Pinyin {
    /// Syllables written as learners' dictionaries print them (GB/T 16159-2012): the syllables of a word
    /// joined (`rénlèi`), words apart (`rénlèi mìngyùn gòngtóngtǐ`), an apostrophe before a syllable inside a
    /// word that begins with a, o or e (`Xī'ān`), the erhua r on the syllable before it (`yīhuìr`), and a word
    /// that `capitalised` names starting with a capital (`Shànghǎi Hézuò Zǔzhī`), the rest in lower case.
    ///
    /// `syllables` are numbered (`ren2`) or tone-marked (`rén`), one per character; `words` cut their indices
    /// into consecutive ranges; `capitalised` holds the index of each word's first syllable that gets a capital.
    public static func written(_ syllables: [String], words: [Range<Int>], capitalised: Set<Int>) -> String {
        var written: [String] = []
        for word in words {
            var text = ""
            for index in word {
                var syllable = markedSyllable(syllables[index]).lowercased()
                if syllable == "r", !written.isEmpty || !text.isEmpty {
                    // Erhua: CC-CEDICT writes the 儿 of 一会儿 as a syllable `r5`; it joins the syllable before it.
                    if text.isEmpty, let last = written.popLast() { text = last }
                    text += syllable
                    continue
                }
                if !text.isEmpty, let first = syllable.unicodeScalars.first, "aoe".unicodeScalars.contains(baseLetter(first)) {
                    text += "'"
                }
                if index == word.lowerBound, capitalised.contains(index) { syllable = capitalisedFirst(syllable) }
                text += syllable
            }
            if !text.isEmpty { written.append(text) }
        }
        return written.joined(separator: " ")
    }

    private static func capitalisedFirst(_ syllable: String) -> String {
        guard let first = syllable.first else { return syllable }
        return first.uppercased() + syllable.dropFirst()
    }
}
