import Lexicon

/// What sort of unit a card is about; the glossary's kinds, plus personal and place names (only with `--names`).
public enum VocabularyKind: String, Codable, Sendable, CaseIterable {
    case idiom, saying, formulation, term, organisation, title, name

    init(_ kind: GlossaryEntry.Kind) {
        switch kind {
        case .idiom: self = .idiom
        case .saying: self = .saying
        case .formulation: self = .formulation
        case .term: self = .term
        case .organisation: self = .organisation
        case .title: self = .title
        }
    }
}
