import Article
import Foundation

/// What a card says about the article its example came from: title, file and, when the text gives one, date.
struct ArticleContext {
    var title: String
    var file: String
    var date: String?

    init(article: Article, file: String) {
        self.file = file
        let headlines = article.headlines.map(\.text)
        // The main headline is the longest line of the block (the others are kickers and subheads); a line
        // opened by a dash (——2024年3月5日在…会议上) is a subtitle however long. Without one, the opening sentence stands in — past a salutation such as 各位代表： that opens a report.
        let opening = article.sentences.first { !$0.text.hasSuffix("：") && !$0.text.hasSuffix(":") } ?? article.sentences.first
        let titles = headlines.filter { !$0.hasPrefix("——") }
        title = (titles.isEmpty ? headlines : titles).max { $0.count < $1.count } ?? opening.map { Self.shortened($0.text) } ?? ""
        let lead = ([article.dateline?.text].compactMap { $0 } + article.paragraphs.prefix(3).map(\.matchingText)).joined()
        date = Self.date(in: lead)
    }

    /// A sentence cut to a title's length, marked as cut.
    static func shortened(_ text: String, to length: Int = 30) -> String {
        text.count <= length ? text : text.prefix(length - 1) + "…"
    }

    /// The first full date written out as 2018年6月11日, as ISO 8601.
    static func date(in text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        var index = 0
        func number(_ digits: Int) -> Int? {
            var value = 0
            var count = 0
            while index < scalars.count, let digit = scalars[index].properties.numericType != nil ? Int(String(scalars[index])) : nil, count < digits
            {
                value = value * 10 + digit
                index += 1
                count += 1
            }
            return count > 0 ? value : nil
        }
        while index < scalars.count {
            let start = index
            if let year = number(4), year >= 1900, index < scalars.count, scalars[index] == "年" {
                index += 1
                if let month = number(2), (1...12).contains(month), index < scalars.count, scalars[index] == "月" {
                    index += 1
                    if let day = number(2), (1...31).contains(day), index < scalars.count, scalars[index] == "日" {
                        return String(format: "%04d-%02d-%02d", year, month, day)
                    }
                }
            }
            index = start + 1
        }
        return nil
    }
}
