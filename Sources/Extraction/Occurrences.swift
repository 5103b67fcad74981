/// What ranking needs of the places a candidate occurs, gathered sentence by sentence as the text is read:
/// the places themselves are not kept (a 20 MB input has millions of them), only their count, what they share,
/// the best example among them, and, while every place of the unit stands inside a longer candidate, which
/// ones hold each place (what tells a fragment and a family's part).
struct Occurrences {
    private var count32: Int32 = 0
    /// Some place is in a headline.
    private(set) var inHeadline = false
    /// A headline makes its units salient when it is a newspaper's (a block of lines of 40 characters at most); a
    /// web copy's one-sentence title (习近平在…时强调…) names most of what its story says, and singles nothing out.
    static let longestSalientHeadline = 40
    /// Some place is exactly what stands between quotation marks.
    private(set) var quoted = false
    /// Every place is inside a fixed expression found as a longer word.
    private(set) var allInsideFixedExpression = true
    /// The place a card shows (`ExampleChoice`).
    private(set) var example: ExampleSentence?
    /// Some place stands outside every longer candidate of its sentence.
    private(set) var hasFreePlace = false
    /// For each place, while none is free: the longer candidates of its sentence that hold it.
    private(set) var holders: [[Holder]] = []

    /// A longer candidate holding a place: its number in the candidates' table, and its length in scalars.
    struct Holder {
        var candidate: Int32
        var length: Int32
    }

    var count: Int { Int(count32) }

    /// Records a place of `sentence`, held by `holders` (none when it stands free).
    mutating func add(_ occurrence: Occurrence, in sentence: ReadSentence, holders placeHolders: [Holder]) {
        count32 += 1
        if sentence.isHeadline, sentence.scalars.count <= Self.longestSalientHeadline { inHeadline = true }
        if occurrence.quoted { quoted = true }
        if occurrence.nesting != .insideFixedExpression { allInsideFixedExpression = false }
        let cost = ExampleChoice.cost(occurrence, in: sentence)
        if example.map({ cost < $0.cost }) ?? true {
            example = ExampleSentence(occurrence, in: sentence, cost: cost)
        }
        if placeHolders.isEmpty {
            hasFreePlace = true
            holders = []
        } else if !hasFreePlace {
            holders.append(placeHolders)
        }
    }
}

/// The sentence a card shows, and where the unit stands in it.
struct ExampleSentence {
    var text: String
    var start: Int32
    var length: Int32
    var line: Int32
    /// The article it is in, by its number in the text's articles (`ArticleContext`).
    var article: Int32
    /// `ExampleChoice`'s cost: the lowest is shown.
    var cost: Int

    init(_ occurrence: Occurrence, in sentence: ReadSentence, cost: Int) {
        text = sentence.sentence.text
        start = Int32(truncatingIfNeeded: occurrence.start)
        length = Int32(truncatingIfNeeded: occurrence.length)
        line = Int32(truncatingIfNeeded: sentence.sentence.location.line)
        article = Int32(truncatingIfNeeded: sentence.article)
        self.cost = cost
    }
}
