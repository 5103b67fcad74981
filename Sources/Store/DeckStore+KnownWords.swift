import Foundation
import GRDB

// Known words: the words the extractor leaves out.
extension DeckStore {
    /// Adds words to the known words; returns how many were new. A word without Chinese characters is refused
    /// and nothing is added.
    @discardableResult
    public func addKnownWords(_ words: [String], now: Date) throws -> Int {
        let words = KnownWord.trimmed(words)
        if let bad = words.first(where: { !KnownWord.isChinese($0) }) { throw StoreError.notAWord(bad) }
        return try write { db in
            var added = 0
            for word in Set(words) where !(try KnownWord.exists(db, key: word)) {
                try KnownWord(word: word, added: now).insert(db)
                added += 1
            }
            return added
        }
    }

    /// Removes words from the known words; returns how many were there.
    @discardableResult
    public func removeKnownWords(_ words: [String]) throws -> Int {
        try write { db in
            try KnownWord.deleteAll(db, keys: Set(KnownWord.trimmed(words)))
        }
    }

    /// The known words, in Unicode order.
    public func knownWords() throws -> [KnownWord] {
        try read { db in try KnownWord.order(KnownWord.Columns.word).fetchAll(db) }
    }

    /// The known words as a set, for the extractor.
    public func knownWordSet() throws -> Set<String> {
        try read { db in try String.fetchSet(db, KnownWord.select(KnownWord.Columns.word)) }
    }
}
