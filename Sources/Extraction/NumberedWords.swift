/// A text as numbered words: each distinct token is kept once, and a sentence is a list of numbers. New-word
/// discovery looks at every run of up to four words of a text and keys its tables by runs: as numbers a run is
/// a small value to hash, where as strings a 20 MB input held twenty-odd bytes a token and hashed each run's
/// words again and again. The sentences stand one after another in blocks of `sentencesPerBlock` (an array per
/// sentence cost more than its numbers; one array for all of them could not be let go of a part at a time, as
/// the second reading passes them).
public struct NumberedWords {
    /// Each distinct token, by its number.
    public private(set) var words: [String] = []
    /// Whether each distinct token is a word of Chinese characters (not a number, Latin word or punctuation).
    public private(set) var isHan: [Bool] = []
    /// The tokens of every sentence, in order, `sentencesPerBlock` sentences to a block.
    private var blocks: [[Int32]] = []
    /// Where each sentence ends in its block.
    private var sentenceEnds: [Int32] = []
    private var numbers: [String: Int32] = [:]

    /// Sentences to a block: extraction's batch of sentences, so that a batch's block is let go after it.
    static let sentencesPerBlock = 2048

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
        if sentenceEnds.count % Self.sentencesPerBlock == 0 {
            // The block before is full: it grew by doubling, and is kept at its length.
            if let last = blocks.indices.last { blocks[last] = blocks[last].withUnsafeBufferPointer { Array($0) } }
            blocks.append([])
        }
        blocks[blocks.count - 1].append(contentsOf: sentence)
        sentenceEnds.append(Int32(truncatingIfNeeded: blocks[blocks.count - 1].count))
    }

    var sentenceCount: Int { sentenceEnds.count }

    /// The numbers of the tokens of sentence `number` (a slice of its block).
    func sentence(_ number: Int) -> ArraySlice<Int32> {
        let start = number % Self.sentencesPerBlock == 0 ? 0 : Int(sentenceEnds[number - 1])
        return blocks[number / Self.sentencesPerBlock][start..<Int(sentenceEnds[number])]
    }

    /// Calls `body` with the tokens of each sentence and its number, in order, the tokens as slices of their
    /// block (their indices are places in the block).
    func forEachSentence(_ body: (ArraySlice<Int32>, Int) -> Void) {
        for number in 0..<sentenceEnds.count { body(sentence(number), number) }
    }

    /// Gives back what the last block holds beyond its length (the others were kept at theirs when full), and
    /// the sentences' ends likewise.
    mutating func trim() {
        if let last = blocks.indices.last { blocks[last] = blocks[last].withUnsafeBufferPointer { Array($0) } }
        sentenceEnds = sentenceEnds.withUnsafeBufferPointer { Array($0) }
    }

    /// Lets go of the tokens of the sentences before `number`, a block at a time: the second reading, which takes
    /// each sentence's words from them in order, has passed them. Those sentences are not to be asked for again.
    mutating func forgetSentences(before number: Int) {
        for block in 0..<min(number / Self.sentencesPerBlock, blocks.count) where !blocks[block].isEmpty { blocks[block] = [] }
    }

    /// Lets the sentences go, keeping the words and their numbers.
    mutating func forgetSentences() {
        blocks = []
        sentenceEnds = []
    }
}
