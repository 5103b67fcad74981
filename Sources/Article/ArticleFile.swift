import TextFile

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An article file read a block at a time, article by article, as often as asked: what `Document` reads from it
/// (the same articles, sentences and locations), without holding the decoded text, its lines or its articles: a
/// long article comes in parts. Extraction reads a 20 MB input this way in the memory of a few paragraphs.
///
/// Only plain UTF-8 text without `--keep-lines` is read this way: the initialiser returns nil for anything else,
/// which the caller reads as a `Document`, so that the articles and every error are what they were. The file is
/// checked whole before the first article is handed over.
public final class ArticleFile {
    /// What the user named.
    public let name: String
    /// How the text is broken into lines, and where the file's lines start: found on the first reading.
    private var survey: (layout: Layout, table: LineTable)?

    /// The file at `path`, or nil when `Document` should read it (not plain UTF-8 text, kept lines, unreadable).
    public init?(path: String, options: ReadingOptions) {
        guard options.encoding != .gb18030, options.lines != .keep, let descriptor = try? TextFile.open(path) else { return nil }
        defer { close(descriptor) }
        name = path
        guard UTF8TextCheck.fileIsPlainText(descriptor, name: path, options: options) else { return nil }
    }

    /// Paragraphs a part of a long article holds at least: a few dozen kilobytes.
    static let partSize = 64

    /// Calls `body` with each article of the file, in order, a long one in parts: `continuesPrevious` says that
    /// the article is the rest (or more) of the one before, whose headlines, dateline and title it shares; its
    /// paragraphs, credit and sentences are the ones that follow.
    /// - Throws: `ArticleError` when the file cannot be read again or is no longer UTF-8 text.
    public func forEachArticle(_ body: (_ article: Article, _ continuesPrevious: Bool) -> Void) throws(ArticleError) {
        let (layout, table) = try surveyed()
        let lines = try StreamedLines(path: name, name: name)
        PageReader(lines: lines, layout: layout, keepLines: false, partSize: Self.partSize).forEachArticle { draft in
            body(draft.article(lines: table), draft.isContinuation)
        }
        if let failure = lines.failure { throw failure }
    }

    /// The layout and the line table, from a first reading of the whole file.
    private func surveyed() throws(ArticleError) -> (layout: Layout, table: LineTable) {
        if let survey { return survey }
        let lines = try StreamedLines(path: name, name: name, countingLines: true)
        var shapes: [LineShape] = []
        lines.readToEnd { shapes.append(LineShape($0)) }
        if let failure = lines.failure { throw failure }
        let found = (layout: Layout.infer(shapes: shapes), table: LineTable(starts: lines.lineStarts))
        survey = found
        return found
    }
}
