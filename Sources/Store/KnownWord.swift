import Foundation
import GRDB

/// A word the learner already knows: the extractor leaves it out. One row of the `known_word` table.
public struct KnownWord: Codable, Equatable, Sendable {
    public var word: String
    public var added: Date

    public init(word: String, added: Date) {
        self.word = word
        self.added = added
    }
}

extension KnownWord: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "known_word"

    public enum Columns {
        public static let word = Column(CodingKeys.word)
        public static let added = Column(CodingKeys.added)
    }
}

extension KnownWord {
    /// The words as the store keeps them: without surrounding spaces.
    public static func trimmed(_ words: [String]) -> [String] {
        words.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// Whether `word` has at least one CJK ideograph: a known word is written in Chinese.
    static func isChinese(_ word: String) -> Bool {
        word.unicodeScalars.contains { $0.properties.isUnifiedIdeograph }
    }
}
