extension Lexicon {
    /// Everything the shipped dictionaries say about `word`; for a word none of them has, a reading and
    /// gloss composed from its longest known parts. Throws for input with no Chinese characters.
    public func report(for word: String) throws -> WordReport {
        let reported = try reportedWord(word)
        let summary = summary(of: reported)
        let entry = reported.entry
        return WordReport(
            word: summary.word, traditional: summary.traditional, pinyin: summary.pinyin,
            readings: reported.cedict.map {
                .init(
                    traditional: $0.traditional, pinyin: writtenPinyin(of: summary.word, reading: $0.pinyin, cedict: reported.facts.cedict),
                    senses: $0.senses)
            },
            idiom: summary.idiom, glossary: summary.glossary, hsk2: entry?.hsk2, hsk3: entry?.hsk3, frequencyRank: entry?.frequencyRank,
            composed: summary.composed)
    }

    /// Lower-case CC-CEDICT readings are ordinary words; capitalised ones are names (surnames, places).
    static func isOrdinary(_ entry: CedictEntry) -> Bool {
        entry.pinyin.first?.isLowercase == true
            && !entry.senses.allSatisfy { $0.hasPrefix("surname ") || $0.hasPrefix("variant of") || $0.hasPrefix("old variant") }
    }

    /// Reads `text` as the fewest dictionary words that make it up (single characters where nothing longer
    /// matches), each with its reading and first ordinary sense. Fewest parts, not the longest first part:
    /// 中小金融机构 is 中 + 小 + 金融机构, not 中 + 小金 (a county) + 融 + 机构; a part that is only a name
    /// counts for one and a half, so an ordinary reading wins a tie.
    /// With `glossary: false` only CC-CEDICT words count as parts. A part no dictionary has takes OpenCC's
    /// traditional form (`convertedToTraditional`).
    public func composition(of text: String, glossary: Bool = true) -> Composition {
        let scalars = Array(text.unicodeScalars)
        // best[end]: the cheapest reading of scalars[..<end], as (cost, start of its last part, that part's entry).
        var best = [(cost: Double, start: Int, entry: LexiconEntry?)](repeating: (.infinity, 0, nil), count: scalars.count + 1)
        best[0].cost = 0
        for start in scalars.indices where best[start].cost < .infinity {
            func relax(_ end: Int, _ cost: Double, _ entry: LexiconEntry?) {
                if best[start].cost + cost < best[end].cost { best[end] = (best[start].cost + cost, start, entry) }
            }
            relax(start + 1, 1.5, nil)
            var end = start + 1
            var candidate = String.UnicodeScalarView()
            candidate.append(scalars[start])
            while let entry = index.entry(String(candidate)) {
                if entry.isWord, entry.isInCedict || (glossary && entry.isInGlossary) {
                    let isOnlyName = !(glossary && entry.isInGlossary) && !entry.isOrdinaryCedictWord
                    relax(end, isOnlyName ? 1.5 : 1, entry)
                }
                guard entry.isPrefix, end < scalars.count else { break }
                candidate.append(scalars[end])
                end += 1
            }
        }
        var parts: [Composition.Part] = []
        var end = scalars.count
        while end > 0 {
            let (_, start, entry) = best[end]
            let text = String(scalars: scalars[start..<end])
            if let entry {
                parts.append(part(text, entry, glossary: glossary))
            } else {
                parts.append(
                    .init(
                        text: text, traditional: convertedToTraditional(text), pinyin: index.entry(text)?.commonReading.map(Pinyin.marked) ?? "",
                        gloss: ""))
            }
            end = start
        }
        return Composition(parts: parts.reversed(), isLiteral: false)
    }

    private func part(_ text: String, _ entry: LexiconEntry, glossary useGlossary: Bool) -> Composition.Part {
        // The text is the entry's key: the part depends on the entry alone, and is made once a process.
        index.compositionPart(entry.id, glossary: useGlossary) { newPart(text, entry, glossary: useGlossary) }
    }

    private func newPart(_ text: String, _ entry: LexiconEntry, glossary useGlossary: Bool) -> Composition.Part {
        let facts = entry.facts
        if useGlossary, let glossary = facts.glossary {
            // A glossary term has no traditional form of its own; CC-CEDICT's, when it has the term, else OpenCC's.
            let traditional = facts.cedict.first?.traditional ?? convertedToTraditional(text)
            return .init(
                text: text, traditional: traditional, pinyin: writtenPinyin(of: text, reading: glossary.pinyin),
                gloss: glossary.english.first ?? "")
        }
        let entries = facts.cedict
        // A single character takes the reading it usually has in words, and that reading's sense.
        let reading = text.unicodeScalars.count == 1 ? facts.commonReading : nil
        // The flags promise a CC-CEDICT record; an index whose payload lacks it reads as no gloss, not a crash.
        guard
            let chosen = entries.first(where: { $0.pinyin == reading && Self.isOrdinary($0) })
                ?? entries.first(where: Self.isOrdinary) ?? entries.first
        else { return .init(text: text, traditional: convertedToTraditional(text), pinyin: "", gloss: "") }
        return .init(
            text: text, traditional: chosen.traditional, pinyin: writtenPinyin(of: text, reading: chosen.pinyin),
            gloss: Self.plainSense(chosen.senses) ?? "")
    }

    /// The first sense that says what the word means, not what it is a variant of or its measure word.
    static func plainSense(_ senses: [String]) -> String? {
        let skipped = ["surname ", "variant of", "old variant", "CL:", "see ", "used in ", "abbr. for", "Japanese variant", "also written"]
        guard let sense = senses.first(where: { sense in !skipped.contains { sense.hasPrefix($0) } }) else { return nil }
        var plain = sense
        if plain.hasPrefix("(bound form) ") { plain.removeFirst("(bound form) ".count) }
        if plain.hasPrefix("(literary) ") { plain.removeFirst("(literary) ".count) }
        return plain
    }
}
