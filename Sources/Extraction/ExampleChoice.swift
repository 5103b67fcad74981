/// Picks the sentence a card shows: one where the unit stands on its own rather than inside a longer word,
/// from the body rather than a headline, complete, and of a readable length.
enum ExampleChoice {
    static let idealLength = 40

    static func best(_ occurrences: [Occurrence], in sentences: [ReadSentence]) -> Occurrence {
        occurrences.min { cost($0, sentences) < cost($1, sentences) }!
    }

    private static func cost(_ occurrence: Occurrence, _ sentences: [ReadSentence]) -> Int {
        let sentence = sentences[occurrence.sentence]
        var cost = abs(sentence.scalars.count - idealLength)
        if sentence.isHeadline { cost += 100 }
        if occurrence.nesting != .standalone { cost += 60 }
        if let last = sentence.scalars.last, !"。！？；…”".unicodeScalars.contains(last) { cost += 30 }
        // Earlier occurrences win ties: the first use usually introduces the term.
        return cost * 10_000 + occurrence.sentence
    }
}
