extension Document {
    /// The line printed between two articles.
    public static let articleRule = String(repeating: "─", count: 40)

    /// The repaired page as plain text: each article's headlines, a blank line, its dateline, its paragraphs
    /// one per line and its closing credit, with a rule between articles.
    public var text: String {
        articles.map { article in
            var lines = article.headlines.map(\.text)
            if !lines.isEmpty { lines.append("") }
            if let dateline = article.dateline { lines.append(dateline.text) }
            lines += article.paragraphs.map(\.text)
            if let attribution = article.attribution { lines.append(attribution.text) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n\(Self.articleRule)\n")
    }

    /// Every sentence of every article, one per line.
    public var sentenceLines: String {
        articles.flatMap(\.sentences).map(\.text).joined(separator: "\n")
    }
}
