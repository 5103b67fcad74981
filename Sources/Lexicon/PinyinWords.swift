import Foundation

extension Lexicon {
    /// `term`'s reading written by words (see `Pinyin.written`): 人类命运共同体 with `ren2 lei4 ming4 yun4 gong4
    /// tong2 ti3` is `rénlèi mìngyùn gòngtóngtǐ`. `reading` is numbered or tone-marked, one syllable per
    /// character; a reading that does not fit the characters (letters, 、, a syllable more or less) is only
    /// tone-marked, its syllables apart.
    ///
    /// Words are the lexicon's (`pinyinWords`); a capital in the reading starts a word of a proper name
    /// (CC-CEDICT's `Shang4 hai3 He2 zuo4 Zu3 zhi1`, `Xi2 Jin4 ping2`), and so does a capital in CC-CEDICT's
    /// reading of the whole term, or of a word of it that CC-CEDICT has only as a name (中国 `Zhong1 guo2`).
    public func writtenPinyin(of term: String, reading: String) -> String {
        writtenPinyin(of: term, reading: reading, cedict: word(term)?.cedict ?? [])
    }

    /// The same, with the term's CC-CEDICT entries (in the lexicon's order) already read.
    func writtenPinyin(of term: String, reading: String, cedict: [CedictEntry]) -> String {
        // A series is read as its words are, without the 、 that has no syllable (和平统一、一国两制).
        let characters = Array(LexiconKey.of(term).unicodeScalars)
        let syllables = reading.split(separator: " ").map(String.init)
        guard !syllables.isEmpty, characters.count == syllables.count, characters.allSatisfy(\.isHan) else {
            return Pinyin.marked(reading)
        }
        var capitals = Set(syllables.indices.filter { Self.startsWithCapital(syllables[$0]) })
        // The term's CC-CEDICT readings and the reading, toneless, worked out once: the whole term is often one
        // word, asked about twice below, and decoding its entries and their syllables again was most of the time
        // it took to fill a 50,000-term list's pinyin.
        let plain = syllables.map(Self.toneless)
        let termReadings = TonelessReadings(cedict)
        capitals.formUnion(termReadings.capitals(readingAs: plain))
        var words: [Range<Int>] = []
        for word in pinyinWords(of: characters) {
            // A capital inside a word starts a word of its own: 习近平 is Xí Jìnpíng.
            var start = word.lowerBound
            for index in word where index > start && capitals.contains(index) {
                words.append(start..<index)
                start = index
            }
            words.append(start..<word.upperBound)
        }
        // A term CC-CEDICT reads in lower case is an ordinary word whatever names its parts spell: 天长 is a city,
        // 天长地久 "enduring while the world lasts".
        if !termReadings.isInLowerCase(readingAs: plain) {
            words = words.flatMap { word -> [Range<Int>] in
                guard word.count >= 2 else { return [word] }
                let readings =
                    word.count == characters.count
                    ? termReadings
                    : TonelessReadings(self.word(String(scalars: characters[word]))?.cedict ?? [])
                let wordPlain = Array(plain[word])
                guard readings.isOnlyAName(readingAs: wordPlain) else { return [word] }
                // The name is written as CC-CEDICT writes it, each capital starting a word: 习近平 inside
                // 以习近平同志为核心的党中央 is Xí Jìnpíng, 党中央 Dǎng Zhōngyāng.
                let named = Set(readings.capitals(readingAs: wordPlain).map { $0 + word.lowerBound })
                capitals.insert(word.lowerBound)
                capitals.formUnion(named)
                let starts = [word.lowerBound] + named.filter { $0 > word.lowerBound }.sorted()
                return zip(starts, starts.dropFirst() + [word.upperBound]).map { $0..<$1 }
            }
        }
        // A couplet's halves (空谈误国，实干兴邦) are written as the text sets them apart: kōngtán wùguó, shígàn xīngbāng.
        let pauses = Self.pauses(in: term)
        guard !pauses.isEmpty else { return Pinyin.written(syllables, words: words, capitalised: capitals) }
        let halves = words.flatMap { word in
            let cuts = [word.lowerBound] + pauses.filter { word.contains($0) && $0 > word.lowerBound } + [word.upperBound]
            return zip(cuts, cuts.dropFirst()).map { $0..<$1 }
        }
        let groups = Dictionary(grouping: halves) { word in pauses.filter { $0 <= word.lowerBound }.count }
        return groups.keys.sorted().map { Pinyin.written(syllables, words: groups[$0] ?? [], capitalised: capitals) }
            .joined(separator: ", ")
    }

    /// Where a term's clauses meet: the index (among its key's characters) of each character a ， stands before.
    private static func pauses(in term: String) -> [Int] {
        guard term.unicodeScalars.contains("，") else { return [] }
        var pauses: [Int] = []
        var count = 0
        for scalar in term.unicodeScalars {
            if scalar == "，" { pauses.append(count) } else if !LexiconKey.droppedMarks.contains(scalar) { count += 1 }
        }
        return pauses
    }

    /// A word's CC-CEDICT entries with their syllables, toneless.
    private struct TonelessReadings {
        let entries: [(entry: CedictEntry, syllables: [String], plain: [String])]

        init(_ cedict: [CedictEntry]) {
            entries = cedict.map { entry in
                let syllables = entry.pinyin.split(separator: " ").map(String.init)
                return (entry, syllables, syllables.map(Lexicon.toneless))
            }
        }

        /// The syllables CC-CEDICT capitalises in its reading of the word, when it reads it as `plain` does. A
        /// reading CC-CEDICT also has in lower case is an ordinary word's (展 zhǎn "to spread out", beside the
        /// surname Zhǎn): no capitals.
        func capitals(readingAs plain: [String]) -> Set<Int> {
            guard !isInLowerCase(readingAs: plain), let match = entries.first(where: { $0.plain == plain }) else { return [] }
            return Set(match.syllables.indices.filter { Lexicon.startsWithCapital(match.syllables[$0]) })
        }

        /// True when CC-CEDICT reads the word this way with no capital: an ordinary word's reading.
        func isInLowerCase(readingAs plain: [String]) -> Bool {
            entries.contains { $0.plain == plain && !$0.syllables.contains(where: Lexicon.startsWithCapital) }
        }

        /// True when CC-CEDICT has the word read this way only with a capital, and not only as a surname: a
        /// proper name (中国, 上海), not 百里 (the surname Baili) in 行百里者半九十.
        func isOnlyAName(readingAs plain: [String]) -> Bool {
            let matching = entries.filter { $0.plain == plain }.map(\.entry)
            return !matching.isEmpty && matching.allSatisfy { Lexicon.startsWithCapital($0.pinyin) }
                && matching.contains { !$0.senses.allSatisfy { $0.contains("surname") } }
        }
    }

    /// Whether a syllable (or reading) starts with a capital, as CC-CEDICT writes a name's (`Shang4`): an ASCII
    /// letter by its range, without Unicode's property tables (0.1 G instructions of a 50,000-term import).
    static func startsWithCapital(_ syllable: String) -> Bool {
        guard let first = syllable.first else { return false }
        if let ascii = first.asciiValue { return (0x41...0x5A).contains(ascii) }
        return first.isUppercase
    }

    /// A syllable in lower case without its tone: `Shang4` and `shàng` are both `shang`.
    static func toneless(_ syllable: String) -> String {
        numberedToneless(syllable) ?? markedToneless(syllable)
    }

    /// The tone marked, then every letter's mark taken off: what `toneless` means.
    static func markedToneless(_ syllable: String) -> String {
        String(scalars: Pinyin.markedSyllable(syllable).unicodeScalars.map(Pinyin.baseLetter))
    }

    /// `markedToneless` of a numbered syllable of ASCII letters with a vowel to carry the mark (CC-CEDICT's
    /// `Shang4`, `lu:4`, `nv3`), letter by letter without building the marked syllable: writing the pinyin of a
    /// 50,000-term list spent a third of its time there. Nil for anything else (`m2` takes a combining mark).
    private static func numberedToneless(_ syllable: String) -> String? {
        let scalars = Array(syllable.unicodeScalars)
        guard scalars.count >= 2, let tone = scalars.last, ("1"..."5").contains(tone), scalars.allSatisfy(\.isASCII)
        else { return nil }
        let letterCount = scalars.count - 1
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(letterCount)
        var hasVowel = false
        var position = 0
        while position < letterCount {
            let letter = Pinyin.baseLetter(scalars[position])
            if letter == "u", position + 1 < letterCount, scalars[position + 1] == ":" {
                result.append("ü")
                hasVowel = true
                position += 2
                continue
            }
            guard ("a"..."z").contains(letter) else { return nil }
            // `v` stands for ü except as a syllable of its own, as `Pinyin.markedSyllable` reads it.
            let written: Unicode.Scalar = letter == "v" && letterCount > 1 ? "ü" : letter
            switch written {
            case "a", "e", "i", "o", "u", "ü": hasVowel = true
            default: break
            }
            result.append(written)
            position += 1
        }
        return hasVowel || tone == "5" ? String(scalars: result) : nil
    }

    /// How `characters` fall into written words: a term of up to three syllables is one word (共同体,
    /// 新时代); a longer one is cut into the fewest words of CC-CEDICT or the glossary (or jieba's words of two characters) it is made of, the more
    /// frequent split winning a tie, and each part of four or more cut again (人类命运共同体 → 人类 + 命运共同体
    /// → 人类 + 命运 + 共同体), as GB/T 16159 writes a name of four syllables or more by its words. A part no
    /// dictionary has stays one character (行百里者半九十 → 行 + 百里 + 者 + 半 + 九十), except that four
    /// characters that make no two words are read two and two, as the standard writes an idiom (同舟 + 共济).
    func pinyinWords(of characters: [Unicode.Scalar]) -> [Range<Int>] {
        pinyinWords(of: characters, in: 0..<characters.count)
    }

    private func pinyinWords(of characters: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        guard range.count > 3 else { return [range] }
        let parts = fewestWords(of: characters, in: range)
        if range.count == 4, parts.count > 2, !isCoordination(parts, characters, in: range) {
            switch fourCharacterReading(String(scalars: characters[range]), parts: parts, characters) {
            case .twoAndTwo: return [range.lowerBound..<range.lowerBound + 2, range.lowerBound + 2..<range.upperBound]
            case .oneWord: return [range]
            case .byItsWords: return parts
            }
        }
        return parts.flatMap { pinyinWords(of: characters, in: $0) }
    }

    private enum FourCharacterReading { case twoAndTwo, oneWord, byItsWords }

    /// How four characters that make no two words are written: two and two, as the standard writes an idiom
    /// (同舟共济, 一国两制, 行稳致远), except a name CC-CEDICT has only as a name, with one capital, whole (巴勒斯坦
    /// Bālèsītǎn, not Bālè sītǎn), and a phrase with 的 between its words, by its words (党的领导 dǎng de lǐngdǎo, not dǎngde).
    private func fourCharacterReading(_ text: String, parts: [Range<Int>], _ characters: [Unicode.Scalar]) -> FourCharacterReading {
        if parts.contains(where: { $0.count == 1 && characters[$0.lowerBound] == "的" }) { return .byItsWords }
        guard let entry = index.entry(text), entry.isInCedict, !entry.isOrdinaryCedictWord, !entry.isIdiom else { return .twoAndTwo }
        // One capital, on the first syllable, is one name (Ba1 le4 si1 tan3); more are its words (Guo2 Gong4 liang3 dang3).
        let capitals = entry.facts.cedict.map { $0.pinyin.split(separator: " ").filter { Self.startsWithCapital(String($0)) }.count }
        return capitals.allSatisfy { $0 == 1 } ? .oneWord : .twoAndTwo
    }

    /// Two words joined by a conjunction (党和国家, 党与人民), not an idiom (风和日丽): written word by word,
    /// `dǎng hé guójiā`, not read two and two as an idiom is.
    private func isCoordination(_ parts: [Range<Int>], _ characters: [Unicode.Scalar], in range: Range<Int>) -> Bool {
        guard parts.count == 3, parts[1].count == 1, Self.conjunctions.contains(characters[parts[1].lowerBound]) else { return false }
        return index.entry(String(scalars: characters[range]))?.isIdiom != true
    }

    private static let conjunctions: Set<Unicode.Scalar> = ["和", "与", "及", "或"]

    /// Whether a word would begin or end inside a number written in Chinese numerals: 第十|五个 in 第十五个 (the
    /// fifteenth) is 第 + 十五 + 个.
    private func cutsANumber(_ characters: [Unicode.Scalar], _ word: Range<Int>) -> Bool {
        word.lowerBound > 0 && Self.areOneNumber(characters[word.lowerBound - 1], characters[word.lowerBound])
            || word.upperBound < characters.count && Self.areOneNumber(characters[word.upperBound - 1], characters[word.upperBound])
    }

    /// The whole number of two numerals or more that begins at `start`, if one does (and not inside another).
    private func numberRun(_ characters: [Unicode.Scalar], from start: Int) -> Range<Int>? {
        guard Self.chineseNumerals.contains(characters[start]), start == 0 || !Self.areOneNumber(characters[start - 1], characters[start])
        else { return nil }
        var end = start + 1
        while end < characters.count, Self.areOneNumber(characters[end - 1], characters[end]) { end += 1 }
        return end - start >= 2 ? start..<end : nil
    }

    /// Two numerals side by side belong to one number, but for two 一: they are two words' edges (统一|一国) or
    /// "one by one" (一一), and 统一 keeps its reading.
    private static func areOneNumber(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> Bool {
        chineseNumerals.contains(first) && chineseNumerals.contains(second) && !(first == "一" && second == "一")
    }

    /// Numerals within a number; 万 and 亿, units a number is counted in, are words of their own (十四 亿).
    private static let chineseNumerals: Set<Unicode.Scalar> = Set("〇零一二两三四五六七八九十百千".unicodeScalars)

    private func fewestWords(of characters: [Unicode.Scalar], in range: Range<Int>) -> [Range<Int>] {
        // best[end]: the split of characters[range.lowerBound..<end] with the fewest parts, then the highest
        // sum of the parts' log counts; and where its last part starts.
        typealias Split = (parts: Int, logCount: Double, start: Int)
        var best = [Split](repeating: (.max, 0, 0), count: range.count + 1)
        best[0] = (0, 0, 0)
        func better(_ a: Split, _ b: Split) -> Bool { a.parts < b.parts || (a.parts == b.parts && a.logCount > b.logCount) }
        for start in 0..<range.count where best[start].parts < .max {
            func relax(_ end: Int, _ logCount: Double) {
                let candidate: Split = (best[start].parts + 1, best[start].logCount + logCount, start)
                if better(candidate, best[end]) { best[end] = candidate }
            }
            relax(start + 1, 0)
            // A number of two or three numerals is one word, listed or not (七十七, 九一八): GB/T 16159 writes it so.
            // In four characters, three numerals are left to the idiom's reading two and two (零七八碎 língqī bāsuì).
            if let run = numberRun(characters, from: range.lowerBound + start), run.count <= (range.count == 4 ? 2 : 3),
                run.upperBound <= range.upperBound, run.count < range.count
            {
                relax(run.upperBound - range.lowerBound, 0)
            }
            var candidate = String.UnicodeScalarView([characters[range.lowerBound + start]])
            var end = start + 1
            while let entry = index.entry(String(candidate)) {
                // jieba's words of two characters count too (两个, 一百); its longer entries are often phrases.
                let isWord = entry.isInCedict || entry.isInGlossary || (entry.frequency > 0 && end - start == 2)
                if entry.isWord, isWord, end - start >= 2, end - start < range.count,
                    !cutsANumber(characters, range.lowerBound + start..<range.lowerBound + end)
                {
                    relax(end, log(Double(entry.frequency + 1)))
                }
                guard entry.isPrefix, end < range.count else { break }
                candidate.append(characters[range.lowerBound + end])
                end += 1
            }
        }
        var parts: [Range<Int>] = []
        var end = range.count
        while end > 0 {
            let start = best[end].start
            parts.append(range.lowerBound + start..<range.lowerBound + end)
            end = start
        }
        return parts.reversed()
    }
}
