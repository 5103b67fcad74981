import Foundation

/// The held-out texts, read from `../shared` as their gold list names them: stories of the evening-news corpus
/// (`# story: 20240307 十四届全国人大二次会议举行记者会`), joined, each headline on its own line as a page prints it
/// (without the corpus's date); or ranges of lines of People's Daily in the PKU test text (`# pku-lines: 1-33`),
/// joined by a blank line.
enum HeldOutStories {
    static func text(for gold: URL, corpus: SharedCorpus) throws -> String {
        let header = try lines(of: String(contentsOf: gold, encoding: .utf8)).filter { $0.hasPrefix("# ") }
        func values(_ key: String) -> [String] { header.filter { $0.hasPrefix(key) }.map { String($0.dropFirst(key.count)) } }
        let pages = values("# pku-lines: ")
        let wanted = values("# story: ")
        guard pages.isEmpty != wanted.isEmpty else {
            throw unreadable(gold, "name its text by '# story:' lines or by '# pku-lines:' lines, one kind only")
        }
        if !pages.isEmpty { return try readPKULines(pages, gold: gold, corpus: corpus) }
        let news = try String(contentsOf: corpus.root.appendingPathComponent("corpus/cctv-xinwen-lianbo/2024-q1.txt"), encoding: .utf8)
        let stories = news.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return try wanted.map { header in
            guard let story = stories.first(where: { $0.hasPrefix("# \(header)") }) else {
                throw unreadable(gold, "no story '\(header)' in the corpus")
            }
            return String(story.dropFirst("# ".count + 9))
        }.joined(separator: "\n\n") + "\n"
    }

    /// Lines `first-last` (counted from 1) of the PKU test text, for each range.
    private static func readPKULines(_ ranges: [String], gold: URL, corpus: SharedCorpus) throws -> String {
        let lines = try lines(of: String(contentsOf: corpus.pkuTest, encoding: .utf8))
        return try ranges.map { range in
            let bounds = range.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
            guard bounds.count == 2, let first = bounds[0], let last = bounds[1], first >= 1, first <= last, last <= lines.count else {
                throw unreadable(gold, "'# pku-lines: \(range)' is no range of lines of the PKU test text (1-\(lines.count))")
            }
            return lines[(first - 1)..<last].joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    /// The text's lines, whatever ends them: CR LF (the PKU test text's) is one Character to Swift, so splitting on
    /// "\n" would give one line. A final line break starts no line.
    private static func lines(of text: String) -> [Substring] {
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    private static func unreadable(_ gold: URL, _ reason: String) -> CocoaError {
        CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(gold.lastPathComponent): \(reason)"])
    }
}
