import Foundation

/// The held-out texts, read from `../shared` as their gold list names them: stories of the evening-news corpus
/// (`# story: 20240307 十四届全国人大二次会议举行记者会`), joined, each headline on its own line as a page prints it
/// (without the corpus's date); or ranges of lines of People's Daily in the PKU test text (`# pku-lines: 1-33`),
/// joined by a blank line.
enum HeldOutStories {
    static func text(for gold: URL, corpus: SharedCorpus) throws -> String {
        let header = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n").filter { $0.hasPrefix("# ") }
        let pages = header.filter { $0.hasPrefix("# pku-lines: ") }.map { String($0.dropFirst("# pku-lines: ".count)) }
        if !pages.isEmpty { return try pkuLines(pages, gold: gold, corpus: corpus) }
        let wanted = header.filter { $0.hasPrefix("# story: ") }.map { String($0.dropFirst("# story: ".count)) }
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
    private static func pkuLines(_ ranges: [String], gold: URL, corpus: SharedCorpus) throws -> String {
        // The file ends its lines with CR LF, one Character to Swift: split on newlines, not on "\n".
        let lines = try String(contentsOf: corpus.pkuTest, encoding: .utf8).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        return try ranges.map { range in
            let bounds = range.split(separator: "-").compactMap { Int($0) }
            guard bounds.count == 2, bounds[0] >= 1, bounds[0] <= bounds[1], bounds[1] <= lines.count else {
                throw unreadable(gold, "'# pku-lines: \(range)' is no range of lines of the PKU test text (1-\(lines.count))")
            }
            return lines[(bounds[0] - 1)..<bounds[1]].joined(separator: "\n")
        }.joined(separator: "\n\n") + "\n"
    }

    private static func unreadable(_ gold: URL, _ reason: String) -> CocoaError {
        CocoaError(.fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(gold.lastPathComponent): \(reason)"])
    }
}
