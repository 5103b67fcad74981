import ConsoleText
import Foundation
import Lexicon
import Scheduler

/// What the learner typed for a card (`--typed`), compared with the answer: the characters (simplified or
/// traditional) or the pinyin, with tone numbers or marks. It marks what was right and wrong and proposes a
/// rating, which the learner accepts with Enter or overrides with 1–4.
public struct TypedAnswer: Equatable, Sendable {
    /// A piece of the typed answer as it is shown back, right or wrong.
    public struct Piece: Equatable, Sendable {
        public var text: String
        public var isRight: Bool
    }

    public var typed: String
    public var pieces: [Piece]
    /// What goes between the pieces when shown: a space between syllables, nothing between characters.
    public var separator: String = ""
    /// What was wrong, in words, or "right".
    public var verdict: String
    public var proposal: Rating

    /// Compares `typed` with a note's term, its traditional form and its pinyin.
    public static func check(_ typed: String, term: String, traditional: String?, pinyin: String) -> TypedAnswer {
        let answer = typed.trimmingCharacters(in: .whitespaces)
        if answer.isEmpty {
            return TypedAnswer(typed: "", pieces: [], verdict: "no answer", proposal: .again)
        }
        if answer.contains(where: { DisplayWidth.of($0) == 2 }) {
            return checkCharacters(answer, forms: [term] + (traditional.map { [$0] } ?? []))
        }
        return checkPinyin(answer, expected: pinyin)
    }

    // MARK: - Characters

    private static func checkCharacters(_ typed: String, forms: [String]) -> TypedAnswer {
        let given = Array(typed.filter { !$0.isWhitespace })
        let best = forms.map { Array($0) }.min { distance(given, $0) < distance(given, $1) } ?? []
        let wrong = distance(given, best)
        if wrong == 0 {
            return TypedAnswer(
                typed: typed, pieces: [Piece(text: String(given), isRight: true)], verdict: "right",
                proposal: .good)
        }
        let pieces =
            given.count == best.count
            ? zip(given, best).map { Piece(text: String($0), isRight: $0 == $1) }
            : [Piece(text: String(given), isRight: false)]
        let verdict =
            wrong == 1 && given.count == best.count
            ? "1 character wrong: \(zip(given, best).first { $0 != $1 }.map { "\($0) should be \($1)" } ?? "")"
            : "\(wrong) character\(wrong == 1 ? "" : "s") off"
        return TypedAnswer(
            typed: typed, pieces: pieces, verdict: verdict,
            proposal: wrong == 1 && best.count >= 4 ? .hard : .again)
    }

    /// Edits (insertions, deletions, substitutions) from one run of characters to another.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        guard !a.isEmpty else { return b.count }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(Swift.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    // MARK: - Pinyin

    private static func checkPinyin(_ typed: String, expected: String) -> TypedAnswer {
        let given = PinyinReading(typed)
        // The answer syllable by syllable, however it is written (tóngzhōu gòngjì): each syllable is judged
        // on its own, and the typed answer may join or part them as it likes.
        let answer = PinyinReading(syllableBySyllable(expected))
        guard !answer.isEmpty else {
            return TypedAnswer(
                typed: typed, pieces: [Piece(text: typed, isRight: false)],
                verdict: "this note has no pinyin to compare with; type the characters", proposal: .again)
        }
        guard given.letters == answer.letters else {
            return TypedAnswer(
                typed: typed, pieces: [Piece(text: typed, isRight: false)],
                verdict: "the syllables differ", proposal: .again)
        }
        // The letters agree, so the answer's syllables cut the typed letters in the same places.
        var pieces: [Piece] = []
        var wrongTones: [(typed: String, answer: String)] = []
        for unit in answer.units {
            let letters = String(answer.letters[unit])
            let expectedTones = answer.tones(in: unit)
            let givenTones = given.tones(in: unit)
            let right = !given.hasTones || givenTones == expectedTones
            let shown = givenTones.count == 1 ? Pinyin.markedSyllable(letters + "\(givenTones[0])") : letters
            pieces.append(Piece(text: shown, isRight: right))
            if !right {
                let expectedShown = expectedTones.count == 1 ? Pinyin.markedSyllable(letters + "\(expectedTones[0])") : letters
                wrongTones.append((shown, expectedShown))
            }
        }
        if !given.hasTones && answer.hasTones {
            return TypedAnswer(
                typed: typed, pieces: pieces, separator: " ", verdict: "right, but without tones",
                proposal: .hard)
        }
        if wrongTones.isEmpty {
            return TypedAnswer(typed: typed, pieces: pieces, separator: " ", verdict: "right", proposal: .good)
        }
        let list = wrongTones.map { "\($0.typed) should be \($0.answer)" }.joined(separator: ", ")
        return TypedAnswer(
            typed: typed, pieces: pieces, separator: " ",
            verdict: "\(wrongTones.count) tone\(wrongTones.count == 1 ? "" : "s") wrong: \(list)",
            proposal: wrongTones.count == 1 && answer.units.count > 1 ? .hard : .again)
    }

    /// Pinyin written by words (`rénlèi mìngyùn`, `Xī'ān`) with every syllable apart: `rén lèi mìng yùn`, `Xī ān`.
    static func syllableBySyllable(_ pinyin: String) -> String {
        pinyin.split(separator: " ")
            .flatMap { Pinyin.syllables(in: $0) }
            .filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }
            .joined(separator: " ")
    }
}
