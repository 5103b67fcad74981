/// Articles the page reader has finished, held back only while `HeadlineBlock.distribute` may still give them
/// headlines: when the first article has a block of several headlines, until as many later articles without
/// headlines of their own have come (the most it can give them to); otherwise none at all. A long page is
/// then handed on an article at a time, yet every article is what reading the page whole gives.
struct HeldArticles {
    private let distributingHeadlines: Bool
    private var held: [ArticleDraft] = []
    /// Whether the articles still to come can no longer change: those are handed on at once.
    private(set) var isSettled = false
    private var withoutHeadlines = 0

    init(distributingHeadlines: Bool) {
        self.distributingHeadlines = distributingHeadlines
        isSettled = !distributingHeadlines
    }

    /// Whether the article being read can be handed on in parts: when the articles can no longer change, or
    /// when it is the page's first article and has no block of headlines to give away (it is what the
    /// distribution would start from).
    mutating func canHandOnParts(of current: ArticleDraft) -> Bool {
        if !isSettled, held.isEmpty, current.headlines.count <= 1 { isSettled = true }
        return isSettled
    }

    mutating func append(_ article: ArticleDraft, _ body: (ArticleDraft) -> Void) {
        guard !isSettled else { return body(article) }
        held.append(article)
        guard let first = held.first else { return }
        if first.headlines.count <= 1 {
            // Nothing to distribute.
            release(body)
        } else if held.count > 1, article.headlines.isEmpty {
            withoutHeadlines += 1
            if withoutHeadlines == first.headlines.count {
                HeadlineBlock.distribute(&held)
                release(body)
            }
        }
    }

    /// Hands on what is still held, at the end of the page.
    mutating func finish(_ body: (ArticleDraft) -> Void) {
        guard !isSettled else { return }
        if distributingHeadlines { HeadlineBlock.distribute(&held) }
        release(body)
    }

    private mutating func release(_ body: (ArticleDraft) -> Void) {
        for article in held { body(article) }
        held = []
        isSettled = true
    }
}
