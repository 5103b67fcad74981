/// A text as numbered words: each distinct token is kept once, and a sentence is a list of numbers. New-word
/// discovery looks at every run of up to four words of a text and keys its tables by runs: as numbers a run is
/// a small value to hash, where as strings a 20 MB input held twenty-odd bytes a token and hashed each run's
/// words again and again. The sentences stand one after another in one array (an array per sentence cost more
/// than its numbers).
public struct NumberedWords {
    /// Each distinct token, by its number.
    public private(set) var words: [String] = []
    /// Whether each distinct token is a word of Chinese characters (not a number, Latin word or punctuation).
    public private(set) var isHan: [Bool] = []
    /// The tokens of every sentence, in order.
    private var tokens: [Int32] = []
    /// Where each sentence ends in `tokens`.
    private var sentenceEnds: [Int] = []
    private var numbers: [String: Int32] = [:]

    public init() {}

    /// The text given as sentences of tokens.
    public init(_ sentences: [[(text: String, isHan: Bool)]]) {
        for sentence in sentences { append(sentence) }
    }

    public mutating func append(_ tokens: [(text: String, isHan: Bool)]) {
        append(numbers: tokens.map { number(of: $0.text, isHan: $0.isHan) })
    }

    /// The token's number, given it one if it is new. A token is Chinese or not by its text alone.
    mutating func number(of text: String, isHan: Bool) -> Int32 {
        if let known = numbers[text] { return known }
        let number = Int32(words.count)
        numbers[text] = number
        words.append(text)
        self.isHan.append(isHan)
        return number
    }

    /// The token's number, if the text has it.
    func existingNumber(of text: String) -> Int32? { numbers[text] }

    mutating func append<Numbers: Sequence<Int32>>(numbers sentence: Numbers) {
        tokens.append(contentsOf: sentence)
        sentenceEnds.append(tokens.count)
    }

    var sentenceCount: Int { sentenceEnds.count }

    /// The numbers of the tokens of sentence `number`.
    func sentence(_ number: Int) -> ArraySlice<Int32> {
        tokens[(number == 0 ? 0 : sentenceEnds[number - 1])..<sentenceEnds[number]]
    }

    /// Lets the sentences go, keeping the words and their numbers.
    mutating func forgetSentences() {
        tokens = []
        sentenceEnds = []
    }
}
