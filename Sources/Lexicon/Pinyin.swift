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
        guard let last = syllable.unicodeScalars.last, ("1"..."5").contains(last) else { return syllable }
        let toneDigit = Int(last.value) - 48
        // Works on scalars, not Characters or Foundation: lookups and extraction convert thousands of syllables.
        var letters: [Unicode.Scalar] = []
        let scalars = Array(syllable.unicodeScalars.dropLast())
        let isLatinWordV = scalars.count == 1
        var position = 0
        while position < scalars.count {
            let scalar = scalars[position]
            if scalar == "u" || scalar == "U", position + 1 < scalars.count, scalars[position + 1] == ":" {
                letters.append(scalar == "u" ? "ü" : "Ü")
                position += 2
                continue
            }
            // `v` stands for ü in many typing schemes, but only where no Latin word could mean v.
            if !isLatinWordV, scalar == "v" || scalar == "V" {
                letters.append(scalar == "v" ? "ü" : "Ü")
            } else {
                guard isLetter(scalar) else { return syllable }
                letters.append(scalar)
            }
            position += 1
        }
        guard !letters.isEmpty else { return syllable }
        // Encoded in one pass (`String(scalars:)`): appending to a `UnicodeScalarView` scalar by scalar was most
        // of the time a 50,000-term import spent marking its 125,000 syllables.
        guard toneDigit != 5, let target = toneCarrier(in: letters) else { return String(scalars: letters) }
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(letters.count + 1)
        for (offset, letter) in letters.enumerated() {
            if offset == target { result.append(contentsOf: mark(letter, tone: toneDigit)) } else { result.append(letter) }
        }
        return String(scalars: result)
    }

    /// The index of the letter that carries the tone mark, by the standard rules: `a` or `e` if present,
    /// `o` in `ou`, otherwise the last vowel; `m` or `n` in the syllabic nasals (呣 m2, 嗯 ng2).
    static func toneCarrier(in letters: [Unicode.Scalar]) -> Int? {
        let lower = letters.map(lowercase)
        if let index = lower.firstIndex(where: { $0 == "a" || $0 == "e" }) { return index }
        if let index = lower.firstIndex(of: "o"), index + 1 < lower.count, lower[index + 1] == "u" { return index }
        if let index = lower.lastIndex(where: { $0 == "i" || $0 == "o" || $0 == "u" || $0 == "ü" }) { return index }
        if let index = lower.firstIndex(where: { $0 == "m" || $0 == "n" }) { return index }
        return nil
    }

    /// Whether a scalar is a letter, ASCII ones without Unicode's property tables: a 50,000-term import marks
    /// 125,000 syllables, and looking their letters' properties up was most of the work.
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) : scalar.properties.isAlphabetic
    }

    /// A scalar's lower-case form (its first scalar), ASCII ones by arithmetic (as `isLetter`).
    static func lowercase(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard scalar.isASCII else { return scalar.properties.lowercaseMapping.unicodeScalars.first ?? scalar }
        return ("A"..."Z").contains(scalar) ? Unicode.Scalar(UInt8(scalar.value) + 32) : scalar
    }

    private static let marks: [Unicode.Scalar: [Unicode.Scalar]] = [
        "a": ["ā", "á", "ǎ", "à"], "e": ["ē", "é", "ě", "è"], "i": ["ī", "í", "ǐ", "ì"],
        "o": ["ō", "ó", "ǒ", "ò"], "u": ["ū", "ú", "ǔ", "ù"], "ü": ["ǖ", "ǘ", "ǚ", "ǜ"],
        "A": ["Ā", "Á", "Ǎ", "À"], "E": ["Ē", "É", "Ě", "È"], "I": ["Ī", "Í", "Ǐ", "Ì"],
        "O": ["Ō", "Ó", "Ǒ", "Ò"], "U": ["Ū", "Ú", "Ǔ", "Ù"], "Ü": ["Ǖ", "Ǘ", "Ǚ", "Ǜ"],
    ]
    // Syllabic m and n have no precomposed letters for every tone: use combining marks.
    private static let combiningMarks: [Unicode.Scalar] = ["\u{0304}", "\u{0301}", "\u{030C}", "\u{0300}"]

    private static func mark(_ vowel: Unicode.Scalar, tone: Int) -> [Unicode.Scalar] {
        if let forms = marks[vowel] { return [forms[tone - 1]] }
        return [vowel, combiningMarks[tone - 1]]
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
            for (index, form) in forms.enumerated() { table[form] = index + 1 }
        }
        return table
    }()
}
