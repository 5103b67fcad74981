import Foundation

extension Pinyin {
    /// The syllables of pinyin written by words (`rénlèi`, `Xī'ān`, `yīhuìr`, `tong2zhou1`), in order, with
    /// whatever stands between them (an apostrophe, a hyphen, a tone number) as pieces of their own, so that
    /// the pieces put together give `word` back. Read the way GB/T 16159 writes syllables: an initial (zh, ch,
    /// sh or one consonant), the vowels, then n, ng or the erhua r unless a vowel follows (then that letter
    /// starts the next syllable); a syllable that begins with a vowel comes after an apostrophe or first.
    public static func syllables(in word: Substring) -> [Substring] {
        let scalars = Array(word.unicodeScalars)
        let letters = scalars.map(baseLetter)
        var cuts: [Int] = [0]
        var position = 0
        func isVowel(_ offset: Int) -> Bool { offset < letters.count && "aeiouüv".unicodeScalars.contains(letters[offset]) }
        func letter(_ offset: Int) -> Unicode.Scalar? { offset < letters.count ? letters[offset] : nil }
        while position < scalars.count {
            let start = position
            if let first = letter(position), let second = letter(position + 1), second == "h", "zcs".unicodeScalars.contains(first) {
                position += 2
            } else if let first = letter(position), "bpmfdtnlgkhjqxrzcsyw".unicodeScalars.contains(first) {
                position += 1
            }
            let vowelsStart = position
            while isVowel(position) || isMark(scalars, position) { position += 1 }
            if position > vowelsStart {
                if letter(position) == "n", letter(position + 1) == "g", !isVowel(position + 2) {
                    position += 2
                } else if letter(position) == "n" || letter(position) == "r", !isVowel(position + 1) {
                    position += 1
                }
            } else if position > start {
                // An initial with no vowel after it: syllabic m, n, ng, hm (呣, 嗯), or letters of a name.
                while let next = letter(position), next.properties.isAlphabetic, !isVowel(position) { position += 1 }
            } else {
                position += 1  // a separator, a digit, or a letter that is no pinyin
            }
            cuts.append(position)
        }
        var pieces: [Substring] = []
        var index = word.unicodeScalars.startIndex
        for (from, to) in zip(cuts, cuts.dropFirst()) {
            let end = word.unicodeScalars.index(index, offsetBy: to - from)
            pieces.append(Substring(word.unicodeScalars[index..<end]))
            index = end
        }
        return pieces
    }

    /// The letter without its tone mark, in lower case (ǚ → ü, Á → a); anything else as it is.
    static func baseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        if scalar.isASCII {
            return ("A"..."Z").contains(scalar) ? Unicode.Scalar(scalar.value + 32) ?? scalar : scalar
        }
        if scalar.value < UInt32(latinBaseLetters.count) { return latinBaseLetters[Int(scalar.value)] }
        return decomposedBaseLetter(scalar)
    }

    /// `decomposedBaseLetter` of every scalar below U+0250 (Latin-1 and Latin Extended A and B, where pinyin's
    /// tone-marked letters are), worked out once: decomposing each letter of each syllable through Foundation
    /// took half of `tifa import`'s time for a 50,000-term list.
    private static let latinBaseLetters: [Unicode.Scalar] = (0..<0x250).map {
        decomposedBaseLetter(Unicode.Scalar(UInt32($0)) ?? " ")
    }

    /// The letter without its tone mark by Unicode's decomposition: what `baseLetter` looks up.
    static func decomposedBaseLetter(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        let decomposed = String(lower).decomposedStringWithCanonicalMapping.unicodeScalars
        guard let first = decomposed.first else { return scalar }
        if first == "u", decomposed.dropFirst().first == "\u{0308}" { return "ü" }
        return first
    }

    /// A combining tone mark standing after a letter (m̄, ń): part of the syllable.
    private static func isMark(_ scalars: [Unicode.Scalar], _ offset: Int) -> Bool {
        offset < scalars.count && (0x0300...0x036F).contains(scalars[offset].value)
    }
}
