/// What sort of expression a unit is: the glossary's kinds, plus personal and place names, which only the
/// extractor finds (with `--names`). One type from the glossary to the extractor's items and the store's notes;
/// it decides how a card presents the unit (an idiom shows its classical source). The raw values are what the
/// glossary file, the `note.kind` column and the `tifa::KIND` tags hold.
public enum NoteKind: String, Codable, CaseIterable, Sendable {
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
