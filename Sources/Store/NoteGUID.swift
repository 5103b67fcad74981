/// A note's GUID, derived from its key the way genanki's `guid_for` does it (`genanki/util.py`): SHA-256 of the
/// values joined by "__", its first 8 bytes as a big-endian integer, written in Anki's base-91 alphabet.
/// The same term in the same deck always gets the same GUID, so re-importing an export into Anki updates the
/// note instead of duplicating it.
public enum NoteGUID {
    /// Anki's base-91 digits, ASCII, as bytes: a GUID is written without making a `Character` per digit.
    private static let alphabet = Array(
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&()*+,-./:;<=>?@[]^_`{|}~".utf8)

    /// `guid_for(term, deckName)`, or with more values when that GUID is already taken.
    public static func make(_ values: String...) -> String { make(values) }

    public static func make(_ values: [String]) -> String {
        let digest = SHA256.hash(Array(values.joined(separator: "__").utf8))
        var number = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        var reversed: [UInt8] = []
        while number > 0 {
            reversed.append(alphabet[Int(number % 91)])
            number /= 91
        }
        return String(decoding: reversed.reversed(), as: UTF8.self)
    }
}
