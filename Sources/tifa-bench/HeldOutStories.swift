import Foundation

/// The held-out texts: stories of the evening-news corpus named by the `# story:` lines of their gold list
/// (`# story: 20240307 十四届全国人大二次会议举行记者会`), joined, each headline on its own line as a page
/// prints it (without the corpus's date).
enum HeldOutStories {
    static func text(for gold: URL, corpus: SharedCorpus) throws -> String {
        let wanted = try String(contentsOf: gold, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("# story: ") }.map { String($0.dropFirst("# story: ".count)) }
        let news = try String(contentsOf: corpus.root.appendingPathComponent("corpus/cctv-xinwen-lianbo/2024-q1.txt"), encoding: .utf8)
        let stories = news.components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return try wanted.map { header in
            guard let story = stories.first(where: { $0.hasPrefix("# \(header)") }) else {
                throw CocoaError(
                    .fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "\(gold.lastPathComponent): no story '\(header)' in the corpus"])
            }
            return String(story.dropFirst("# ".count + 9))
        }.joined(separator: "\n\n") + "\n"
    }
}
