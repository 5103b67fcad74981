import Extraction

extension VocabularyItem.GlossSource {
    /// What a gloss no dictionary gave was read from ("its parts", "its fixed frame"), for the marks the table and
    /// the card put on it; nil for a dictionary's gloss.
    var readFrom: String? {
        switch self {
        case .parts: "its parts"
        case .frame: "its fixed frame"
        default: nil
        }
    }
}
