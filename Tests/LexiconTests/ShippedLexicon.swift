import Foundation
@testable import Lexicon

/// The lexicon built from the shipped `Dictionaries/`, once per test run, in a private cache folder
/// (so tests never touch the user's cache).
enum ShippedLexicon {
    static let sources: DictionarySources = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return DictionarySources(directory: root.appendingPathComponent("Dictionaries"))
    }()

    static let shared: Lexicon = {
        let cache = FileManager.default.temporaryDirectory.appendingPathComponent("tifa-tests-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            return Lexicon(index: try LexiconCache.open(sources, in: cache).index)
        } catch {
            fatalError("cannot build the shipped lexicon: \(error)")
        }
    }()
}
