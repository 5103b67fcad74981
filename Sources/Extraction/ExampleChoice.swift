/// Picks the sentence a card shows: one where the unit stands on its own rather than inside a longer word,
/// from the body rather than a headline, complete, and of a readable length.
enum ExampleChoice {
    static let idealLength = 40

    /// What showing the place costs; the cheapest place is the example. Places are met in the text's order, and
    /// the sentence's number breaks ties: the first use usually introduces the term.
    static func cost(_ occurrence: Occurrence, in sentence: ReadSentence) -> Int {
        var cost = abs(sentence.scalars.count - idealLength)
        if sentence.isHeadline { cost += 100 }
        if occurrence.nesting != .standalone { cost += 60 }
        if let last = sentence.scalars.last, !"。！？；…”".unicodeScalars.contains(last) { cost += 30 }
        return cost * 10_000 + occurrence.sentence
    }
}
