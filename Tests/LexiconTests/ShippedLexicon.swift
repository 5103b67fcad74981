import Foundation
import TifaTestSupport

@testable import Lexicon

/// The lexicon of the shipped `Dictionaries/`, from the tests' shared cache (never the user's).
enum ShippedLexicon {
    static let sources = DictionarySources(directory: ShippedDictionaries.folder)

    static let shared: Lexicon = {
        do {
            return Lexicon(index: try LexiconCache.open(sources, in: ShippedDictionaries.cache).index)
        } catch {
            fatalError("cannot build the shipped lexicon: \(error)")
        }
    }()
}
