import Foundation
import Lexicon
import Store

/// What a card shows: the question its type asks of its note, and the note with the example sentence to show
/// on the back.
public struct CardFace: Equatable, Sendable {
    /// The front of the card.
    public enum Prompt: Equatable, Sendable {
        /// The characters; the learner recalls the reading and the meaning.
        case recognize(term: String)
        /// The English; the learner recalls the characters.
        case produce(gloss: String, kind: NoteKind)
        /// An example sentence with the term blanked out, and the gloss as a hint.
        case cloze(sentence: [ClozePiece], hint: String)
    }

    /// A piece of a cloze sentence: text, or the blank where the term was.
    public enum ClozePiece: Equatable, Sendable {
        case text(String)
        case blank(characters: Int)
    }

    public var cardID: Int64
    public var type: CardType
    public var prompt: Prompt
    public var note: Note
    /// The sentence shown on the back (for a cloze card, the one it blanks).
    public var example: Example?
    /// A cloze card whose note has no sentence holding the term is asked as production.
    public var clozeFellBack: Bool

    public init(_ listing: CardListing, examples: [Example]) {
        let note = listing.note
        cardID = listing.card.id ?? 0
        type = listing.card.type
        self.note = note
        let holding = examples.first { example in Self.forms(of: note, in: example).contains { example.sentence.contains($0) } }
        example = holding ?? examples.first
        clozeFellBack = false
        switch listing.card.type {
        case .recognition:
            prompt = .recognize(term: note.term)
        case .production:
            prompt = .produce(gloss: note.gloss, kind: note.kind)
        case .cloze:
            if let holding {
                prompt = .cloze(sentence: Self.blanking(Self.forms(of: note, in: holding), in: holding.sentence), hint: note.gloss)
            } else {
                prompt = .produce(gloss: note.gloss, kind: note.kind)
                clozeFellBack = true
            }
        }
    }

    /// The term as the note writes it (simplified and traditional) and as the sentence does where the extraction
    /// recorded its place (５Ｇ for 5G): every occurrence of any of them is the term.
    static func forms(of note: Note, in example: Example?) -> [String] {
        [note.term, note.traditional, example?.writtenTerm].compactMap { $0 }.filter { !$0.isEmpty }
    }

    /// The sentence cut around each occurrence of the term (or its traditional form).
    static func blanking(_ forms: [String], in sentence: String) -> [ClozePiece] {
        highlighting(forms, in: sentence).map { piece in
            piece.isTerm ? .blank(characters: piece.text.count) : .text(piece.text)
        }
    }

    /// The sentence cut into runs of text and occurrences of the term, for highlighting it.
    static func highlighting(_ forms: [String], in sentence: String) -> [(text: String, isTerm: Bool)] {
        var pieces: [(text: String, isTerm: Bool)] = []
        var rest = Substring(sentence)
        let forms = forms.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        while !rest.isEmpty {
            let found = forms.compactMap { form in rest.range(of: form).map { (form, $0) } }
                .min { $0.1.lowerBound < $1.1.lowerBound }
            guard let (_, range) = found else {
                pieces.append((String(rest), false))
                break
            }
            if range.lowerBound > rest.startIndex { pieces.append((String(rest[..<range.lowerBound]), false)) }
            pieces.append((String(rest[range]), true))
            rest = rest[range.upperBound...]
        }
        return pieces
    }
}
