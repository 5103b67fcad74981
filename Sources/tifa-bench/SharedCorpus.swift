import Foundation

/// The project's shared corpora (`../shared/corpus` next to the checkout, or `$TIFA_SHARED`).
struct SharedCorpus {
    var root: URL

    static func locate() throws -> SharedCorpus {
        if let explicit = ProcessInfo.processInfo.environment["TIFA_SHARED"] {
            return SharedCorpus(root: URL(fileURLWithPath: explicit))
        }
        let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let candidates = [
            URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("../shared"),
            checkout.appendingPathComponent("../shared"),
        ]
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.appendingPathComponent("corpus").path) }) else {
            throw CocoaError(
                .fileNoSuchFile, userInfo: [NSLocalizedDescriptionKey: "cannot find ../shared/corpus; set TIFA_SHARED to the shared folder"])
        }
        return SharedCorpus(root: found.standardizedFileURL)
    }

    var pkuTest: URL { root.appendingPathComponent("corpus/sighan2005-pku/pku_test.utf8") }
    var pkuGold: URL { root.appendingPathComponent("corpus/sighan2005-pku/pku_test_gold.utf8") }
    var seedPage: URL { root.appendingPathComponent("seeds/000_b6c711f2e1649eac.txt") }

    /// Real text: the government work reports and both congress reports (about 1 MB), and with
    /// `includingNews` the PKU test text too (People's Daily, 0.5 MB).
    func politicalText(includingNews: Bool = true) throws -> String {
        let folders = ["corpus/gov-work-reports", "corpus/cpc-congress"]
        var text = ""
        for folder in folders {
            let url = root.appendingPathComponent(folder)
            for name in try FileManager.default.contentsOfDirectory(atPath: url.path).sorted() where name.hasSuffix(".txt") && !name.contains("raw") {
                text += try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
            }
        }
        return includingNews ? text + (try String(contentsOf: pkuTest, encoding: .utf8)) : text
    }
}
