import Foundation

/// Cuts text into words: the most probable route through the word graph of every dictionary Tifa ships
/// (jieba's counts, CC-CEDICT, the idiom list, the glossary), so 行百里者半九十, 人类命运共同体 and 精准扶贫
/// come out whole; numbers, dates, percentages and Latin words are single tokens.
///
/// It works on the text's UTF-8 bytes and hashes a candidate word one character at a time, so no string
/// is made while segmenting, and each candidate costs one probe of the index's hash table.
public struct Segmenter: Sendable {
    let index: LexiconIndex
    /// The log-probability of a word seen once: what a dictionary word missing from jieba's counts, or a
    /// character in no dictionary, is worth. Any longer dictionary word beats splitting it, since every extra
    /// token costs a whole log-probability.
    private let logTotal: Double

    public init(lexicon: Lexicon) {
        index = lexicon.index
        logTotal = log(Double(max(lexicon.index.totalFrequency, 1)))
    }

    public func segment(_ text: String) -> [Token] {
        var text = text
        return text.withUTF8 { segment(utf8: $0) }
    }

    /// The words of `text` as strings (for printing and tests).
    public func words(_ text: String) -> [String] {
        segment(text).map { String($0.text(in: text)) }
    }

    public func segment(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Token] {
        var scan = Scan(bytes: bytes)
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 4)
        var run = HanRun()
        // Where the last run of Chinese digits that opens no year ends: no digit before it opens one either,
        // so a long run of digits (一一一…) is scanned once, not once per digit.
        var noYearBefore = 0
        func opensYear(at offset: Int) -> Int? {
            guard offset >= noYearBefore else { return nil }
            let (yearEnd, digitsEnd) = scan.chineseYear(from: offset)
            if yearEnd == nil { noYearBefore = digitsEnd }
            return yearEnd
        }
        while let (scalar, start, end) = scan.peek() {
            if ScalarClass.isChineseDigit(scalar), let yearEnd = opensYear(at: start) {
                tokens.append(Token(start: start, end: yearEnd, kind: .number))
                scan.advance(to: yearEnd)
                continue
            }
            switch ScalarClass(scalar) {
            case .han:
                run.reset()
                while let (next, nextStart, nextEnd) = scan.peek(), next.isHan {
                    // A year in Chinese numerals ends the run: it is read as one number (二○○一年).
                    if nextStart > start, ScalarClass.isChineseDigit(next), opensYear(at: nextStart) != nil { break }
                    run.append(start: nextStart, end: nextEnd)
                    scan.advance(to: nextEnd)
                }
                route(run: &run, bytes: bytes, into: &tokens)
            case .digit:
                tokens.append(Token(start: start, end: scan.number(from: start), kind: .number))
            case .latin:
                tokens.append(Token(start: start, end: scan.latinWord(from: start), kind: .latin))
            case .space:
                scan.advance(to: end)
            case .other:
                // A run of the same mark (——, ……) is one token.
                var last = end
                scan.advance(to: end)
                while let (next, _, nextEnd) = scan.peek(), next == scalar {
                    last = nextEnd
                    scan.advance(to: nextEnd)
                }
                tokens.append(Token(start: start, end: last, kind: .punctuation))
            }
        }
        return tokens
    }

    /// The dynamic program of the maximum-probability route, right to left, over one run of Chinese characters.
    private func route(run: inout HanRun, bytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        let count = run.starts.count
        run.score.removeAll(keepingCapacity: true)
        run.next.removeAll(keepingCapacity: true)
        run.score.append(contentsOf: repeatElement(0, count: count + 1))
        run.next.append(contentsOf: repeatElement(0, count: count + 1))
        let unseen = -logTotal
        for first in stride(from: count - 1, through: 0, by: -1) {
            // A single character is always a way forward, a known one at its own probability.
            var bestScore = unseen + run.score[first + 1]
            var bestNext = first + 1
            var hash = FNV1a()
            for last in first..<count {
                for offset in run.starts[last]..<run.ends[last] { hash.combine(bytes[offset]) }
                guard let key = index.probe(hash: hash.value) else { break }
                if key.isWord {
                    let score = Double(key.logFrequency) - logTotal + run.score[last + 1]
                    // `>=`: of equally probable routes, the one with the longer first word.
                    if score >= bestScore {
                        bestScore = score
                        bestNext = last + 1
                    }
                }
                if !key.isPrefix { break }
            }
            run.score[first] = bestScore
            run.next[first] = bestNext
        }
        var position = 0
        while position < count {
            let next = run.next[position]
            tokens.append(Token(start: run.starts[position], end: run.ends[next - 1], kind: .word))
            position = next
        }
    }
}

/// Buffers for one run of Chinese characters, reused across runs so segmenting does not allocate per run.
struct HanRun {
    var starts: [Int] = []
    var ends: [Int] = []
    var score: [Double] = []
    var next: [Int] = []

    mutating func reset() {
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    mutating func append(start: Int, end: Int) {
        starts.append(start)
        ends.append(end)
    }
}
