import Foundation
import Store

/// A field's text as Anki stores it with `#html:true`: HTML, verbatim. Text goes in escaped (`<`, `>`, `&`, and
/// line breaks as `<br>`); on the way back, what Anki's editor writes (`<br>`, `<div>` lines, entities, formatting
/// tags) becomes plain text again.
public enum HTMLField {
    /// Plain text as field HTML: `<`, `>` and `&` escaped, every line break (`\r\n`, `\r` or `\n`) a `<br>`.
    public static func escape(_ text: String) -> String {
        var html = ""
        html.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "<": html += "&lt;"
            case ">": html += "&gt;"
            case "&": html += "&amp;"
            case "\r": html += "<br>"
            case "\n": if !previousWasCR { html += "<br>" }
            default: html.unicodeScalars.append(scalar)
            }
            previousWasCR = scalar == "\r"
        }
        return html
    }

    /// Field HTML as plain text: each `<br>` is a line break, a block (`<div>`, `<p>`) starts on a new line, other tags
    /// go and entities are decoded. Surrounding whitespace is trimmed.
    public static func text(_ html: String) -> String {
        // Without a tag or an entity the text is the field itself: skip reading it character by character.
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else {
            return html.trimmedOfWhitespace
        }
        var text = ""
        var index = html.startIndex
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">"),
                let tag = tagName(html[html.index(after: index)..<close])
            {
                if tag == "br" {
                    text += "\n"
                } else if ["div", "/div", "p", "/p", "li"].contains(tag) && !text.isEmpty && !text.hasSuffix("\n") {
                    text += "\n"
                }
                index = html.index(after: close)
            } else if character == "&", let semicolon = html[index...].prefix(12).firstIndex(of: ";"),
                let decoded = entity(html[html.index(after: index)..<semicolon])
            {
                text.append(decoded)
                index = html.index(after: semicolon)
            } else {
                text.append(character)
                index = html.index(after: index)
            }
        }
        return text.trimmedOfWhitespace
    }

    /// The lowercased name of a tag ("br", "/div"), or nil when `<…>` is not a tag ("a < b > c").
    private static func tagName(_ inside: Substring) -> String? {
        var name = inside.prefix { !$0.isWhitespace }
        if name.hasSuffix("/") { name = name.dropLast() }
        let bare = name.hasPrefix("/") ? name.dropFirst() : name
        guard let first = bare.first, first.isASCII, first.isLetter,
            bare.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) })
        else { return nil }
        return name.lowercased()
    }

    private static func entity(_ name: Substring) -> Character? {
        switch name {
        case "lt": return "<"
        case "gt": return ">"
        case "amp": return "&"
        case "quot": return "\""
        case "apos", "#39": return "'"
        case "nbsp": return " "
        default:
            let number: UInt32?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                number = UInt32(name.dropFirst(2), radix: 16)
            } else if name.hasPrefix("#") {
                number = UInt32(name.dropFirst())
            } else {
                number = nil
            }
            return number.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}
