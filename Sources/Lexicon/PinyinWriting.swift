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
                var syllable = lowerCaseMarked(syllables[index])
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

    /// `markedSyllable(syllable).lowercased()`: an ASCII syllable (any numbered one) is put in lower case before
    /// its tone is marked, which gives the same letters (the marks are the lower-case vowels') without lowering
    /// the marked text through Unicode's case tables. `PinyinTests` holds the two to each other.
    static func lowerCaseMarked(_ syllable: String) -> String {
        guard syllable.utf8.allSatisfy({ $0 < 0x80 }) else { return markedSyllable(syllable).lowercased() }
        return markedSyllable(String(decoding: syllable.utf8.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }, as: UTF8.self))
    }

    private static func capitalisedFirst(_ syllable: String) -> String {
        guard let first = syllable.first else { return syllable }
        return first.uppercased() + syllable.dropFirst()
    }
}
