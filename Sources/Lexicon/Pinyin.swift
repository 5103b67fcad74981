/// Pinyin as the dictionaries write it (`tong2 zhou1 gong4 ji4`, `nu:3`, `yi1 hui4 r5`) turned into the
/// tone-marked form learners read (`tóng zhōu gòng jì`, `nǚ`, `yī huìr`).
public enum Pinyin {
    /// Converts a space-separated run of numbered syllables. Anything that is not a numbered syllable
    /// (`·`, `,`, Latin letters of a name such as `K`) is kept as it is.
    public static func marked(_ numbered: String) -> String {
        var words: [String] = []
        for token in numbered.split(separator: " ") {
            let syllable = String(token)
            // Erhua: CC-CEDICT writes the 儿 of 一会儿 as a syllable `r5`; it joins the syllable before it.
            if syllable.lowercased() == "r5", let last = words.popLast() {
                words.append(last + "r")
                continue
            }
            words.append(markedSyllable(syllable))
        }
        return words.joined(separator: " ")
    }

    /// Converts one numbered syllable (`zhong1`, `lu:4`, `lv4`, `Shang4`, `de5`, `m2`).
    public static func markedSyllable(_ syllable: String) -> String {
        guard let toneDigit = syllable.last?.wholeNumberValue, (1...5).contains(toneDigit) else {
            return syllable
        }
        var letters = String(syllable.dropLast())
            .replacingOccurrences(of: "u:", with: "ü")
            .replacingOccurrences(of: "U:", with: "Ü")
        // `v` stands for ü in many typing schemes, but only where no Latin word could mean v.
        if letters.lowercased() != "v", letters.contains("v") || letters.contains("V") {
            letters = letters.replacingOccurrences(of: "v", with: "ü").replacingOccurrences(of: "V", with: "Ü")
        }
        guard letters.allSatisfy({ $0.isLetter }), !letters.isEmpty else { return syllable }
        guard toneDigit != 5, let target = toneCarrier(in: letters) else { return letters }
        var result = ""
        for (offset, character) in letters.enumerated() {
            result.append(offset == target ? mark(character, tone: toneDigit) : String(character))
        }
        return result
    }

    /// The index of the letter that carries the tone mark, by the standard rules: `a` or `e` if present,
    /// `o` in `ou`, otherwise the last vowel; `m` or `n` in the syllabic nasals (呣 m2, 嗯 ng2).
    static func toneCarrier(in letters: String) -> Int? {
        let lower = Array(letters.lowercased())
        if let index = lower.firstIndex(where: { $0 == "a" || $0 == "e" }) { return index }
        if let index = lower.firstIndex(of: "o"), index + 1 < lower.count, lower[index + 1] == "u" { return index }
        if let index = lower.lastIndex(where: { "iouü".contains($0) }) { return index }
        if let index = lower.firstIndex(where: { $0 == "m" || $0 == "n" }) { return index }
        return nil
    }

    private static let marks: [Character: [Character]] = [
        "a": ["ā", "á", "ǎ", "à"], "e": ["ē", "é", "ě", "è"], "i": ["ī", "í", "ǐ", "ì"],
        "o": ["ō", "ó", "ǒ", "ò"], "u": ["ū", "ú", "ǔ", "ù"], "ü": ["ǖ", "ǘ", "ǚ", "ǜ"],
        "A": ["Ā", "Á", "Ǎ", "À"], "E": ["Ē", "É", "Ě", "È"], "I": ["Ī", "Í", "Ǐ", "Ì"],
        "O": ["Ō", "Ó", "Ǒ", "Ò"], "U": ["Ū", "Ú", "Ǔ", "Ù"], "Ü": ["Ǖ", "Ǘ", "Ǚ", "Ǜ"],
    ]
    // Syllabic m and n have no precomposed letters for every tone: use combining marks.
    private static let combiningMarks: [Unicode.Scalar] = ["\u{0304}", "\u{0301}", "\u{030C}", "\u{0300}"]

    private static func mark(_ vowel: Character, tone: Int) -> String {
        if let forms = marks[vowel] { return String(forms[tone - 1]) }
        var scalars = String(vowel).unicodeScalars
        scalars.append(combiningMarks[tone - 1])
        return String(scalars)
    }

    /// The tone of a numbered syllable (1–4, 5 for neutral), or nil when it is not one.
    public static func tone(ofNumbered syllable: Substring) -> Int? {
        guard let digit = syllable.last?.wholeNumberValue, (1...5).contains(digit), syllable.count > 1 else { return nil }
        return digit
    }

    /// The tone of a tone-marked syllable (1–4, 5 when it carries no mark).
    public static func tone(ofMarked syllable: Substring) -> Int {
        for scalar in syllable.unicodeScalars {
            if let tone = markedTones[scalar] { return tone }
            switch scalar {
            case "\u{0304}": return 1
            case "\u{0301}": return 2
            case "\u{030C}": return 3
            case "\u{0300}": return 4
            default: continue
            }
        }
        return 5
    }

    private static let markedTones: [Unicode.Scalar: Int] = {
        var table: [Unicode.Scalar: Int] = [:]
        for forms in marks.values {
            for (index, form) in forms.enumerated() { table[form.unicodeScalars.first!] = index + 1 }
        }
        return table
    }()
}
