/// Words that carry grammar, not content: never cards.
enum FunctionWords {
    /// jieba's part-of-speech tags for particles, prepositions, conjunctions, adverbs, pronouns, numerals,
    /// measure words, locatives, modal particles, interjections, onomatopoeia and time words.
    static let tags: Set<String> = [
        "u", "uj", "ul", "uz", "ug", "uv", "ud", "p", "c", "d", "r", "rr", "rz", "rg", "m", "mq", "q", "f",
        "y", "e", "o", "t", "tg", "x", "zg",
    ]

    /// Common function words and fillers of news text that the tags miss or mislabel.
    static let words: Set<String> = [
        "我们", "他们", "你们", "这个", "那个", "这些", "那些", "这样", "那样", "一个", "一些", "一种", "一项", "一直",
        "已经", "正在", "进行", "通过", "以及", "并且", "而且", "但是", "因为", "所以", "如果", "虽然", "还是", "就是",
        "可以", "能够", "应该", "需要", "必须", "表示", "认为", "指出", "强调", "说", "提出", "方面", "问题", "情况",
        "有关", "相关", "其中", "之一", "以来", "目前", "今年", "去年", "明年", "日前", "近日", "同时", "此外", "本次",
        "各方", "各国", "双方", "继续", "进一步", "更加", "不断", "积极", "充分", "十分", "非常", "重要", "主要",
        // The frame of a fraction or a percentage (百分之二十), which jieba tags as an idiom (百分之 i).
        "百分之", "千分之", "万分之",
    ]

    static func contains(_ word: String, tag: String?) -> Bool {
        words.contains(word) || tag.map(tags.contains) == true
    }
}
