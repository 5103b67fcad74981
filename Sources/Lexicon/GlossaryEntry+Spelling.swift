extension GlossaryEntry {
    /// The same unit written without its one 的 (站在历史正确一边 for 站在历史正确的一边, 稳健货币政策 for
    /// 稳健的货币政策): official texts drop the particle and keep it freely, so both spellings are one card.
    /// Nil when the term has no 的 inside it, more than one, or would be shorter than four characters, and when
    /// the pinyin does not give 的 its own syllable de5.
    var withoutParticle: GlossaryEntry? {
        let characters = Array(term.unicodeScalars)
        let syllables = pinyin.split(separator: " ")
        let particles = characters.indices.filter { characters[$0] == "的" }
        guard particles.count == 1, let particle = particles.first, particle > 0, particle < characters.count - 1,
            characters.count - 1 >= 4, syllables.count == characters.count, syllables[particle] == "de5"
        else { return nil }
        var variant = self
        variant.term = String(scalars: characters[..<particle] + characters[(particle + 1)...])
        variant.pinyin = (syllables[..<particle] + syllables[(particle + 1)...]).joined(separator: " ")
        return variant
    }

    /// The same unit written with 的 between a modifier and its head (中华民族的伟大复兴 for 中华民族伟大复兴,
    /// 负责任的大国 for 负责任大国): official texts, older ones above all, put the particle there freely. One
    /// spelling for each place a term or formulation of five characters or more, with no 的 or 、 of its own, parts
    /// into two pieces of two characters or more, less the places where no text puts it:
    /// - inside a word (`isWord`): 马克思|主义中国化 cuts 马克思主义, 人类命运|共同体 cuts 命运共同体;
    /// - just after a glossary unit the term opens with (`isUnit`), which has a card of its own: 中国共产党的领导 is
    ///   中国共产党 and its 领导 (inside a term, a unit before 的 is the same formulation's: 守住不发生规模性返贫的底线);
    /// - in a unit rendered as a verb, anywhere but before the object's last word: 发表的重要讲话 is "the important
    ///   speech delivered" and 坚定不移走的和平发展道路 "the path we steadfastly walk", while 守住不发生规模性返贫的底线
    ///   is still the unit.
    func withParticle(isWord: (String) -> Bool, isUnit: (String) -> Bool) -> [GlossaryEntry] {
        let characters = Array(term.unicodeScalars)
        let syllables = pinyin.split(separator: " ")
        guard kind == .term || kind == .formulation, characters.count >= 5, syllables.count == characters.count,
            !characters.contains("的"), !characters.contains("、")
        else { return [] }
        func text(_ range: Range<Int>) -> String { String(scalars: characters[range]) }
        return (2...(characters.count - 2)).compactMap { place in
            let isInsideAWord = (max(0, place - Self.longestCrossingWord + 1)..<place).contains { start in
                (place + 1...min(characters.count, start + Self.longestCrossingWord)).contains { end in
                    end - start >= 2 && end - start < characters.count && isWord(text(start..<end))
                }
            }
            let isAfterAUnit = isUnit(text(0..<place))
            let isBeforeTheHead = isWord(text(place..<characters.count)) && characters.count - place <= Self.longestHead
            guard !isInsideAWord, !isAfterAUnit, !isRenderedAsVerb || isBeforeTheHead else { return nil }
            var variant = self
            variant.term = text(0..<place) + "的" + text(place..<characters.count)
            variant.pinyin = (syllables[..<place] + ["de5"] + syllables[place...]).joined(separator: " ")
            return variant
        }
    }

    /// The longest word looked for across a place (马克思主义 and most names are shorter).
    private static let longestCrossingWord = 8
    /// The longest last word of an object a verb unit may take 的 before (底线, 讲话, 生命线).
    private static let longestHead = 3
}
