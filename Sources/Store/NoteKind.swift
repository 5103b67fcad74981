import GRDB

/// What sort of expression a note holds; it decides how a card presents it (an idiom shows its classical source).
/// The same names as the extractor's `VocabularyKind`, so `NoteKind(rawValue: kind.rawValue)` converts.
public enum NoteKind: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    /// 成语, four-character set phrases, often with a classical source.
    case idiom
    /// 俗语 and 谚语, sayings and proverbs.
    case saying
    /// 提法, fixed political formulations such as 人类命运共同体.
    case formulation
    /// An ordinary word or technical term.
    case term
    /// An organisation, body or institution.
    case organisation
    /// A title or office.
    case title
    /// A person's or a place's name.
    case name
}
