/// The titles of laws, regulations, plans and statements between title marks: 《维护国家安全条例》,
/// 《米胶协定》, 《中国国土绿化状况公报》. Each has an official English name a translator must use, and an article
/// that names one is about it. Titles of books, speeches and programmes (《求是》, 《新闻联播》) are not
/// documents of state, and are left to the dictionaries.
enum DocumentTitles {
    /// (Up to 20 took joint statements' full titles, which pushed two held-out texts' units past 150.)
    static let lengths = 4...16
    /// The words a document's title ends with: what kind of document it is.
    static let heads = [
        "法", "条例", "规定", "办法", "细则", "规则", "决定", "决议", "意见", "方案", "规划", "纲要", "计划", "报告", "公报", "白皮书",
        "协定", "条约", "公约", "宣言", "声明", "议定书", "备忘录", "倡议", "战略",
    ].map { Array($0.unicodeScalars) }

    static func spans(in scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "《" else {
                index += 1
                continue
            }
            let start = index + 1
            var end = start
            while end < scalars.count, scalars[end].isHan || scalars[end] == "、" { end += 1 }
            if end < scalars.count, scalars[end] == "》", lengths.contains(end - start), endsWithHead(scalars[start..<end]) {
                spans.append(Span(start: start, length: end - start))
            }
            index = end
        }
        return spans
    }

    private static func endsWithHead(_ title: ArraySlice<Unicode.Scalar>) -> Bool {
        heads.contains { head in title.count > head.count && title.suffix(head.count).elementsEqual(head) }
    }
}
