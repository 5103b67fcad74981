/// The text of a saved web page: tags, scripts, styles and the page's furniture (navigation, forms,
/// footers) dropped, entities decoded, and a blank line at every block boundary (<p>, <br>, <div>, <h1> …)
/// so that each block becomes a paragraph. Only the first <article> element is read when the page has one.
/// Every character keeps its offset in the page's source, so sentences point into the HTML file.
enum HTMLText {
    static func looksLikeHTML(name: String, scalars: [Unicode.Scalar]) -> Bool {
        let lowercasedName = name.lowercased()
        if [".html", ".htm", ".xhtml"].contains(where: { lowercasedName.hasSuffix($0) }) { return true }
        let start = scalars.prefix(512).drop(while: { $0.isBlank || $0.isLineBreak || $0 == "\u{FEFF}" })
        let head = String(scalars: start.prefix(16)).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<meta"].contains(where: { head.hasPrefix($0) })
    }

    static func text(of scalars: [Unicode.Scalar]) -> SourcedText {
        let reader = TagReader(scalars: scalars)
        let range = reader.firstElementContent(named: "article") ?? 0..<scalars.count
        return reader.text(in: range)
    }
}

private struct TagReader {
    let scalars: [Unicode.Scalar]

    /// Elements whose content is never article text.
    private static let skipped: Set<String> = [
        "script", "style", "noscript", "template", "head", "nav", "footer", "aside", "form", "select", "button",
        "iframe", "svg", "object", "canvas", "audio", "video",
    ]
    /// Elements that end a paragraph where they open or close.
    private static let blocks: Set<String> = [
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "td", "th",
        "table", "section", "article", "header", "blockquote", "pre", "hr", "figure", "figcaption", "main",
        "address", "center", "title",
    ]

    struct Tag {
        var name: String
        var isClosing: Bool
        /// Just past the tag's '>'.
        var end: Int
    }

    /// The content of the first element of that name, when it has one and a closing tag.
    func firstElementContent(named name: String) -> Range<Int>? {
        var index = 0
        var contentStart: Int?
        while let open = scalars[index...].firstIndex(of: "<") {
            guard let tag = tag(at: open) else {
                index = open + 1
                continue
            }
            if tag.name == name {
                if !tag.isClosing, contentStart == nil { contentStart = tag.end }
                if tag.isClosing, let start = contentStart { return start..<open }
            }
            index = tag.end
        }
        return nil
    }

    func text(in range: Range<Int>) -> SourcedText {
        var text = SourcedText()
        text.scalars.reserveCapacity(range.count)
        text.origins.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let scalar = scalars[index]
            if scalar == "<" {
                if starts(with: "<!--", at: index) {
                    index = end(of: "-->", from: index + 4)
                    continue
                }
                if let tag = tag(at: index) {
                    if !tag.isClosing, Self.skipped.contains(tag.name) {
                        index = endOfElement(tag.name, from: tag.end)
                    } else {
                        if Self.blocks.contains(tag.name) {
                            text.append("\n", from: index)
                            text.append("\n", from: index)
                        }
                        index = tag.end
                    }
                    continue
                }
            }
            if scalar == "&", let (decoded, next) = entity(at: index) {
                text.append(decoded, from: index)
                index = next
                continue
            }
            // Line breaks in the source are white space in a page.
            text.append(scalar.isLineBreak ? " " : scalar, from: index)
            index += 1
        }
        return text
    }

    /// The tag that starts at `index` ('<'), or nil when that '<' is text (a < b) or a declaration.
    func tag(at index: Int) -> Tag? {
        var cursor = index + 1
        guard cursor < scalars.count else { return nil }
        if scalars[cursor] == "!" || scalars[cursor] == "?" {
            return Tag(name: "!", isClosing: false, end: end(of: ">", from: cursor))
        }
        let isClosing = scalars[cursor] == "/"
        if isClosing { cursor += 1 }
        let nameStart = cursor
        guard cursor < scalars.count, isASCIILetter(scalars[cursor]) else { return nil }
        while cursor < scalars.count,
            isASCIILetter(scalars[cursor]) || scalars[cursor].isASCIIDigit || scalars[cursor] == "-" || scalars[cursor] == ":"
        {
            cursor += 1
        }
        let name = String(scalars: scalars[nameStart..<cursor]).lowercased()
        // Skip the attributes, minding quoted values that may hold a '>'.
        var quote: Unicode.Scalar?
        while cursor < scalars.count {
            let scalar = scalars[cursor]
            cursor += 1
            if let open = quote {
                if scalar == open { quote = nil }
            } else if scalar == "\"" || scalar == "'" {
                quote = scalar
            } else if scalar == ">" {
                break
            }
        }
        return Tag(name: name, isClosing: isClosing, end: cursor)
    }

    private func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private func starts(with string: String, at index: Int) -> Bool {
        scalars[index...].starts(with: string.unicodeScalars)
    }

    /// Just past the next occurrence of `terminator` from `index`, or the end of the text.
    private func end(of terminator: String, from index: Int) -> Int {
        let pattern = Array(terminator.unicodeScalars)
        var cursor = index
        while cursor + pattern.count <= scalars.count {
            if scalars[cursor] == pattern[0], scalars[cursor..<(cursor + pattern.count)].elementsEqual(pattern) {
                return cursor + pattern.count
            }
            cursor += 1
        }
        return scalars.count
    }

    /// Just past the closing tag of a skipped element (its content is not parsed: a script may hold '<').
    private func endOfElement(_ name: String, from index: Int) -> Int {
        var cursor = index
        while let open = scalars[cursor...].firstIndex(of: "<") {
            if let tag = tag(at: open), tag.isClosing, tag.name == name { return tag.end }
            cursor = open + 1
        }
        return scalars.count
    }

    /// The character an entity stands for (&amp; &ldquo; &#8220; &#x201C;) and the index just past it.
    func entity(at index: Int) -> (Unicode.Scalar, Int)? {
        guard let semicolon = scalars[index...].prefix(12).firstIndex(of: ";") else { return nil }
        let body = String(scalars: scalars[(index + 1)..<semicolon])
        if body.hasPrefix("#") {
            let digits = body.dropFirst()
            let value =
                digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            guard let value, let scalar = Unicode.Scalar(value) else { return nil }
            return (scalar, semicolon + 1)
        }
        guard let scalar = Self.namedEntities[body] else { return nil }
        return (scalar, semicolon + 1)
    }

    private static let namedEntities: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "ldquo": "“", "rdquo": "”", "lsquo": "‘", "rsquo": "’",
        "mdash": "—", "ndash": "–", "hellip": "…", "middot": "·", "bull": "•", "times": "×", "divide": "÷",
        "copy": "©", "reg": "®", "deg": "°", "plusmn": "±", "laquo": "«", "raquo": "»", "zwj": "\u{200D}",
        "zwnj": "\u{200C}", "shy": "\u{AD}",
    ]
}
