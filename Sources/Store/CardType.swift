import GRDB

/// What a card asks: the meaning of a term (recognition), the term for a meaning (production), or the term
/// missing from one of its example sentences (cloze).
public enum CardType: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case recognition
    case production
    case cloze

    /// The types a new deck makes cards of.
    public static let defaults: [CardType] = [.recognition, .production]

    /// Reads "recognition,production,cloze" (commas or spaces); nil names the first unknown type.
    public static func parseList(_ text: String) -> Result<[CardType], UnknownCardType> {
        var types: [CardType] = []
        for name in text.split(whereSeparator: { $0 == "," || $0 == " " }) {
            guard let type = CardType(rawValue: name.lowercased()) else {
                return .failure(UnknownCardType(name: String(name)))
            }
            if !types.contains(type) { types.append(type) }
        }
        return .success(types)
    }

    public struct UnknownCardType: Error, Equatable, Sendable {
        public var name: String
    }
}
