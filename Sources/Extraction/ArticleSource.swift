import Article

/// Articles, in order, that can be read more than once: extraction reads its input twice (first counting
/// runs of words for new-word discovery, then finding candidates), so that it never holds the whole text.
public protocol ArticleSource {
    /// What reading the articles can fail with (`Never` for articles in memory).
    associatedtype ReadingError: Error
    /// Calls `body` with each article and the name of the file it is in, in order. A long article may come in
    /// parts: `continuesPrevious` says that it goes on with the article before (same file, same source).
    func forEachArticle(_ body: (_ article: Article, _ file: String, _ continuesPrevious: Bool) -> Void) throws(ReadingError)
}

/// Documents already read.
struct DocumentArticles: ArticleSource {
    var documents: [Document]

    func forEachArticle(_ body: (Article, String, Bool) -> Void) {
        for document in documents {
            for article in document.articles { body(article, document.name, false) }
        }
    }
}

/// Inputs read article by article (`ArticleInput`): a long plain-text file is never held whole.
public struct ArticleInputs: ArticleSource {
    var inputs: [ArticleInput]

    public init(_ inputs: [ArticleInput]) {
        self.inputs = inputs
    }

    public func forEachArticle(_ body: (Article, String, Bool) -> Void) throws(ArticleError) {
        for input in inputs {
            try input.forEachArticle { body($0, input.name, $1) }
        }
    }
}
