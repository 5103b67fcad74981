import Foundation

/// The corpus the register lexicon is counted in: the State Council's government work reports 2013–2025 but 2024
/// and the 19th and 20th CPC Congress reports (one document each), and CCTV's evening news 2022-01 to 2024-02 (one
/// document a story). March 2024 is held out — its stories, and the 2024 report given that month: they are what
/// Tifa's extractor is evaluated on, so they must not feed its statistics.
struct RegisterCorpus {
    /// One report or one news story: its paragraphs, the headline first for a story.
    struct Document {
        var name: String
        var paragraphs: [String]
    }

    static let heldOutMonth = "202403"

    var documents: [Document] = []

    init(shared: URL) throws {
        for folder in ["corpus/gov-work-reports", "corpus/cpc-congress"] {
            let url = shared.appendingPathComponent(folder)
            // The 2024 report was given on 5 March 2024, inside the held-out month.
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
            where name.hasSuffix(".txt") && !name.contains("raw") && !(folder.hasSuffix("gov-work-reports") && name == "2024.txt") {
                let text = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                documents.append(Document(name: "\(folder)/\(name)", paragraphs: Self.lines(text)))
            }
        }
        let news = shared.appendingPathComponent("corpus/cctv-xinwen-lianbo")
        for name in try FileManager.default.contentsOfDirectory(atPath: news.path).sorted() where name.hasSuffix(".txt") {
            let text = try String(contentsOf: news.appendingPathComponent(name), encoding: .utf8)
            for story in text.components(separatedBy: "\n\n") {
                var lines = Self.lines(story)
                guard let header = lines.first, header.hasPrefix("# ") else { continue }
                let date = header.dropFirst(2).prefix(8)
                guard !date.hasPrefix(Self.heldOutMonth) else { continue }
                lines[0] = String(header.dropFirst(11))
                documents.append(Document(name: "news/\(date)", paragraphs: lines))
            }
        }
    }

    /// How many stories and reports there are of each kind, for the file's header.
    var description: String {
        let stories = documents.filter { $0.name.hasPrefix("news/") }.count
        return "\(documents.count - stories) reports and \(stories) news stories"
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
