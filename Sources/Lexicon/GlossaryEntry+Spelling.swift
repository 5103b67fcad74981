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
}
