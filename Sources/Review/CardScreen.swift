import ConsoleText
import Foundation
import Scheduler

/// One card's screen at one moment of the session: the header with the progress line, the front or the back,
/// and the keys. Laid out for a width and height; a line never exceeds the width, so a narrow terminal
/// wraps nothing by itself.
public struct CardScreen: Sendable {
    public enum Phase: Equatable, Sendable {
        case front
        /// The front, with the learner typing the answer below it.
        case typing
        /// The back, with the interval each rating would give, and the typed answer's comparison if any.
        case back(intervals: [Rating: TimeInterval], typed: TypedAnswer?)
    }

    public var deckName: String
    public var counts: QueueCounts
    public var elapsed: TimeInterval
    public var face: CardFace
    public var phase: Phase
    /// A line about what just happened ("Undid …", "Buried until tomorrow").
    public var message: String?
    /// Whether the console shows styles; without them the term in a sentence is marked with 【】.
    public var stylesShown: Bool

    public init(
        deckName: String, counts: QueueCounts, elapsed: TimeInterval, face: CardFace, phase: Phase,
        message: String? = nil, stylesShown: Bool
    ) {
        self.deckName = deckName
        self.counts = counts
        self.elapsed = elapsed
        self.face = face
        self.phase = phase
        self.message = message
        self.stylesShown = stylesShown
    }

    /// The screen's lines; `height` nil for a console that scrolls (a pipe).
    public func lines(width: Int, height: Int?) -> [StyledLine] {
        let width = max(20, width - 1)  // the last column is left empty: some terminals wrap on writing it
        let text = max(10, width - 2)
        var screen = ScreenBlocks()
        screen.top = ScreenHeader(deckName: deckName, counts: counts, elapsed: elapsed).lines(width: width)
        switch phase {
        case .front, .typing:
            addFront(to: &screen, width: text)
            if phase == .typing {
                screen.add([.blank], priority: 4)
                screen.add(
                    wrap(
                        StyledLine(
                            "Type the pinyin (tone numbers or marks) or the characters, then Enter; "
                                + "u, b, s, e, ? or q alone for those keys.", .dim), text))
            } else {
                screen.addBottom([.blank], priority: 4)
                screen.addBottom(KeyHints.pack(KeyHints.front, width: text).map { $0.indented(2) }, priority: 5)
            }
        case let .back(intervals, typed):
            addBack(to: &screen, width: text)
            if let typed { addComparison(typed, to: &screen, width: text) }
            screen.addBottom([.blank], priority: 4)
            screen.addBottom(
                KeyHints.pack(KeyHints.ratings(intervals), width: text, separator: "   ")
                    .map { $0.indented(2) })
            screen.addBottom(KeyHints.pack(KeyHints.back, width: text).map { $0.indented(2) }, priority: 5)
        }
        if let message {
            screen.addBottom(wrap(StyledLine(message, .accent), text), priority: 1)
        }
        return screen.lines(height: height ?? .max)
    }

    // MARK: - Front

    private func addFront(to screen: inout ScreenBlocks, width: Int) {
        switch face.prompt {
        case .recognize(let term):
            screen.add([.blank], priority: 4)
            screen.add(TextWrap.wrap(StyledLine(term, .term), width: width).map { centred($0, width: width) })
            screen.add([.blank], priority: 4)
        case let .produce(gloss, kind):
            screen.add([.blank], priority: 4)
            screen.add(
                wrap(
                    StyledLine(
                        face.clozeFellBack
                            ? "In Chinese (no sentence of this note holds the term):"
                            : "In Chinese:", .dim), width))
            screen.add(wrap(StyledLine(gloss.isEmpty ? "(no gloss; e edits it)" : gloss, .bold), width))
            screen.add(wrap(StyledLine(kind.rawValue, .dim), width), priority: 3)
        case let .cloze(sentence, hint):
            screen.add([.blank], priority: 4)
            screen.add(wrap(StyledLine("Fill the blank:", .dim), width))
            let spans = sentence.map { piece -> Span in
                switch piece {
                case .text(let text): Span(text)
                case .blank(let characters): Span(String(repeating: "＿", count: characters), .highlight)
                }
            }
            screen.add(wrap(StyledLine(spans), width))
            if !hint.isEmpty { screen.add(wrap(StyledLine("hint: \(hint)", .dim), width), priority: 3) }
        }
    }

    // MARK: - Back

    private func addBack(to screen: inout ScreenBlocks, width: Int) {
        let note = face.note
        screen.add([.blank], priority: 4)
        var termLine = StyledLine(note.term, .term)
        if let traditional = note.traditional, !traditional.isEmpty, traditional != note.term {
            termLine = termLine + StyledLine([Span("  "), Span(traditional, .dim)])
        }
        screen.add(wrap(termLine, width))
        if !note.pinyin.isEmpty { screen.add(wrap(PinyinColours.line(note.pinyin), width)) }
        screen.add(wrap(StyledLine(note.gloss.isEmpty ? "(no gloss; e edits it)" : note.gloss), width))
        var about = note.kind.rawValue
        if let source = note.classicalSource, !source.isEmpty { about += " · from \(source)" }
        screen.add(wrap(StyledLine(about, .dim), width), priority: 2)
        if !note.notes.isEmpty { screen.add(wrap(StyledLine(note.notes, .dim), width), priority: 3) }
        guard let example = face.example else { return }
        screen.add([.blank], priority: 4)
        let spans = CardFace.highlighting(CardFace.forms(of: note, in: example), in: example.sentence).map { piece in
            piece.isTerm ? Span(stylesShown ? piece.text : "【\(piece.text)】", .highlight) : Span(piece.text)
        }
        screen.add(wrap(StyledLine(spans), width), priority: 2)
        let source = [
            example.sourceTitle, example.sourceDate,
            example.sourceFile.map { path in
                // The file's name is enough to find it; a whole path would take lines of the card.
                let file = (path as NSString).lastPathComponent
                return example.sourceLine.map { "\(file):\($0)" } ?? file
            },
        ]
        .compactMap { $0 }.filter { !$0.isEmpty }
        if !source.isEmpty { screen.add(wrap(StyledLine("— " + source.joined(separator: " · "), .dim), width), priority: 3) }
    }

    private func addComparison(_ typed: TypedAnswer, to screen: inout ScreenBlocks, width: Int) {
        screen.add([.blank], priority: 4)
        var line = StyledLine("You typed ", .dim)
        if typed.pieces.isEmpty { line = line + StyledLine("nothing", .dim) }
        for (index, piece) in typed.pieces.enumerated() {
            if index > 0 { line = line + StyledLine(typed.separator) }
            let text = piece.isRight || stylesShown ? piece.text : "[\(piece.text)]"
            line = line + StyledLine(text, piece.isRight ? .right : .wrong)
        }
        screen.add(wrap(line, width))
        screen.add(wrap(StyledLine(typed.verdict, typed.proposal == .good ? .right : .warning), width))
        screen.add(
            wrap(
                StyledLine(
                    "Enter accepts \(typed.proposal.rawValue) \(KeyHints.name(typed.proposal)); "
                        + "1–4 answers otherwise.", .bold), width))
    }

    // MARK: - Helpers

    private func wrap(_ line: StyledLine, _ width: Int) -> [StyledLine] {
        TextWrap.wrap(line, width: width + 2, indent: 2)
    }

    private func centred(_ line: StyledLine, width: Int) -> StyledLine {
        line.indented(2 + max(0, (width - line.width) / 2))
    }
}
