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
    /// into two pieces of two characters or more, less the places inside a word (`isWord`: 负责|任大国 cuts 责任),
    /// where no text puts it, the places after a glossary unit (`isUnit`), which has a card of its own (中国共产党的领导
    /// is 中国共产党 and its 领导), and the place just after the verb of a unit rendered as one.
    func withParticle(isWord: (String) -> Bool, isUnit: (String) -> Bool) -> [GlossaryEntry] {
        let characters = Array(term.unicodeScalars)
        let syllables = pinyin.split(separator: " ")
        guard kind == .term || kind == .formulation, characters.count >= 5, syllables.count == characters.count,
            !characters.contains("的"), !characters.contains("、")
        else { return [] }
        return (2...(characters.count - 2)).compactMap { place in
            let isInsideAWord = (max(0, place - 3)..<place).contains { start in
                (place + 1...min(characters.count, start + 4)).contains { end in
                    end - start >= 2 && isWord(String(scalars: characters[start..<end]))
                }
            }
            let before = String(scalars: characters[..<place])
            // A verb and its object (发表|重要讲话, "to deliver an important speech") take no 的 between them: 发表的重要讲话
            // is "the important speech delivered", another phrase. Inside the object they may (守住不发生规模性返贫的底线).
            let isAfterTheVerb = isRenderedAsVerb && isWord(before)
            guard !isInsideAWord, !isAfterTheVerb, !isUnit(before) else { return nil }
            var variant = self
            variant.term = String(scalars: characters[..<place] + ["的"] + characters[place...])
            variant.pinyin = (syllables[..<place] + ["de5"] + syllables[place...]).joined(separator: " ")
            return variant
        }
    }
}
