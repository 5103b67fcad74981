import Article
import Foundation
import Lexicon
import TifaTestSupport

@testable import Extraction

/// The shipped dictionaries, from the tests' shared cache (never the user's), and short articles read from text.
enum ExtractionFixture {
    static let lexicon: Lexicon = {
        do {
            return try Lexicon.load(environment: [
                "TIFA_DICTIONARIES": ShippedDictionaries.folder.path,
                "TIFA_CACHE_DIR": ShippedDictionaries.cache.path,
            ])
        } catch {
            fatalError("cannot build the shipped lexicon: \(error)")
        }
    }()

    /// Every candidate of a text, unranked (`--top 0`, no HSK filter, so nothing is hidden from the test).
    static func items(_ text: String) throws -> [VocabularyItem] {
        let document = try Document(text: text, name: "test.txt")
        return Extractor(lexicon: lexicon).extract(from: [document], options: ExtractionOptions(top: 0, skipHSKLevel: 0))
    }

    /// Sentences of words, as `CompoundDiscovery` takes them, from text with words separated by spaces.
    static func words(_ sentences: [String]) -> [[(text: String, isHan: Bool)]] {
        sentences.map { sentence in
            sentence.split(separator: " ").map { word in
                (String(word), word.unicodeScalars.allSatisfy { $0.properties.isIdeographic })
            }
        }
    }
}
