import Foundation
import GRDB

/// How card search matches what the learner types: pinyin without tone marks, spaces or tone numbers
/// ("tongzhou", "tong2 zhou1" and "lv" all find their syllables), other fields by plain substring.
enum SearchText {
    /// `tifa_fold(text)`: the text in lower case, without diacritics, spaces, apostrophes or digits,
    /// with "ü" and "v" both as "u". Registered on every connection.
    static let fold = DatabaseFunction("tifa_fold", argumentCount: 1, pure: true) { values in
        String.fromDatabaseValue(values[0]).map(folded)
    }

    static func folded(_ text: String) -> String {
        let plain = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        return String(
            plain.unicodeScalars.compactMap { scalar -> Character? in
                if scalar.properties.isWhitespace || scalar == "'" || scalar == "’" || scalar == "-" { return nil }
                if ("0"..."9").contains(scalar) { return nil }
                if scalar == "v" { return "u" }
                return Character(scalar)
            })
    }

    /// A LIKE pattern that finds `text` anywhere, with LIKE's own wildcards in `text` taken literally
    /// (use with `escape: "\\"`).
    static func containsPattern(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if character == "%" || character == "_" || character == "\\" { escaped.append("\\") }
            escaped.append(character)
        }
        return "%\(escaped)%"
    }
}
