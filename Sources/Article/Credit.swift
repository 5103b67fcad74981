/// Credit lines, which are not part of an article's text but mark where articles begin and end on a page:
/// the source that closes one (（据新华社）), the dateline or byline that opens one
/// (新华社北京6月10日电（记者 …）, 本报讯, 央视网消息（新闻联播）：, （本报记者 …）).
enum Credit {
    /// Whether the whole text is a credit: a bracketed source or byline, or a short bare byline (本报记者 …).
    static func isCredit(_ text: SourcedText) -> Bool {
        let scalars = text.scalars.map(\.matchingForm)
        guard scalars.count <= 40, let first = scalars.first, let last = scalars.last else { return false }
        if first.isOpeningMark, last.isClosingMark, matchingOpener(in: scalars, closingAt: scalars.count - 1) == 0 {
            return isCreditBody(scalars[1..<(scalars.count - 1)])
        }
        return scalars.count <= 30 && !scalars.contains(where: { "。，；？！".unicodeScalars.contains($0) })
            && bylineStarts.contains(where: { scalars.starts(with: $0.unicodeScalars) })
    }

    /// Where a closing credit starts at the end of a paragraph (…受到普遍欢迎。（据新华社）), if it has one.
    static func trailingCreditStart(in text: SourcedText) -> Int? {
        let scalars = text.scalars.map(\.matchingForm)
        guard let last = scalars.last, last.isClosingMark,
            let opener = matchingOpener(in: scalars, closingAt: scalars.count - 1), opener > 0,
            scalars[..<opener].endsLikeParagraph,
            isCreditBody(scalars[(opener + 1)..<(scalars.count - 1)])
        else { return nil }
        return opener
    }

    /// The length of the dateline that opens a paragraph (新华社北京6月10日电, 本报讯, （新华社北京6月10日电）),
    /// with the byline in brackets that follows it, if the paragraph opens with one.
    static func datelineLength(in text: SourcedText) -> Int? {
        let scalars = text.scalars.map(\.matchingForm)
        let bracketed = scalars.first == "（" || scalars.first == "("
        var index = bracketed ? 1 : 0
        if scalars[index...].starts(with: "本报讯".unicodeScalars) {
            index += 3
        } else if !bracketed, let end = newsServiceEnd(scalars) {
            index = end
        } else {
            guard let end = dateEnd(scalars, from: index) else { return nil }
            index = end
        }
        if bracketed {
            guard index < scalars.count, scalars[index].isClosingMark else { return nil }
            index += 1
        }
        // The byline in brackets: 新华社北京6月10日电（记者 张三 李四）
        if index < scalars.count, scalars[index].isOpeningMark, scalars[index] != "“",
            let close = scalars[index...].prefix(32).firstIndex(where: \.isClosingMark),
            !scalars[index..<close].contains(where: { "。，；？！".unicodeScalars.contains($0) })
        {
            index = close + 1
        }
        return index
    }

    /// After a news service's "消息" and the programme in brackets, before the colon that ends them: 央视网消息
    /// （新闻联播）：, 新华网消息：. The web copy of CCTV's evening news opens every story so.
    private static func newsServiceEnd(_ scalars: [Unicode.Scalar]) -> Int? {
        let service = scalars.prefix(10).prefix { $0.isHan }
        guard service.count >= 4, let mark = (2...(service.count - 2)).first(where: { scalars[$0] == "消" && scalars[$0 + 1] == "息" })
        else { return nil }
        var index = mark + 2
        if index < scalars.count, scalars[index].isOpeningMark,
            let close = scalars[index...].prefix(14).firstIndex(where: \.isClosingMark)
        {
            index = close + 1
        }
        guard index < scalars.count, scalars[index] == "：" || scalars[index] == ":" else { return nil }
        return index
    }

    /// After "place + month + day + 电 or 讯" starting at `start`: 新华社北京6月10日电, 本报北京六月十日讯.
    private static func dateEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        let window = scalars[start...].prefix(28)
        guard let month = window.firstIndex(of: "月") else { return nil }
        let monthDigits = numeralCount(scalars, endingBefore: month, from: start)
        let placeLength = month - monthDigits - start
        guard monthDigits > 0, placeLength >= 2, placeLength <= 16,
            !scalars[start..<(month - monthDigits)].contains(where: { "。，；：、".unicodeScalars.contains($0) })
        else { return nil }
        var index = month + 1
        let dayStart = index
        while index < scalars.count, index - dayStart < 3, isNumeral(scalars[index]) { index += 1 }
        guard index > dayStart, index + 1 < scalars.count, scalars[index] == "日",
            scalars[index + 1] == "电" || scalars[index + 1] == "讯"
        else { return nil }
        return index + 2
    }

    private static func numeralCount(_ scalars: [Unicode.Scalar], endingBefore end: Int, from start: Int) -> Int {
        var index = end
        while index > start, end - index < 3, isNumeral(scalars[index - 1]) { index -= 1 }
        return end - index
    }

    private static func isNumeral(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCIIDigit || "〇一二三四五六七八九十".unicodeScalars.contains(scalar)
    }

    /// What a bracketed credit says: a source (据新华社, 来源：…) or a byline (本报记者 …, 记者 …).
    private static func isCreditBody(_ inner: ArraySlice<Unicode.Scalar>) -> Bool {
        if inner.elementsEqual(["完"]) { return true }  // （完）, the end of a news agency's article
        return inner.count >= 2 && inner.count <= 38
            && !inner.contains(where: { "。；？！".unicodeScalars.contains($0) })
            && sourceStarts.contains(where: { inner.starts(with: $0.unicodeScalars) })
    }

    /// The index of the opening mark that the closing mark at `close` closes, if it is in the text.
    private static func matchingOpener(in scalars: [Unicode.Scalar], closingAt close: Int) -> Int? {
        guard let opening = scalars[close].openingPartner else { return nil }
        var depth = 0
        var index = close
        while index > 0 {
            index -= 1
            if scalars[index] == scalars[close] { depth += 1 }
            if scalars[index] == opening {
                if depth == 0 { return index }
                depth -= 1
            }
        }
        return nil
    }

    private static let sourceStarts = [
        "据", "来源", "转自", "摘自", "原载", "稿件来源", "本报记者", "本报通讯员", "本报电", "记者", "通讯员",
        "特约记者", "作者", "编辑", "责编", "责任编辑", "文/", "文／", "新华社", "人民日报", "中新社", "央视",
        "光明日报", "经济日报", "求是",
    ]

    private static let bylineStarts = [
        "本报记者", "本报通讯员", "本报特约记者", "记者", "通讯员", "特约记者", "来源：", "来源:", "责任编辑", "责编",
        "编辑：", "作者：", "文/", "文／", "据新华社", "据人民日报",
    ]
}
