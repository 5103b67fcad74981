import Foundation

/// Tifa's lexicon: the shipped dictionaries behind one memory-mapped index.
public struct Lexicon: Sendable {
    public let index: LexiconIndex

    public init(index: LexiconIndex) {
        self.index = index
    }

    /// Finds `Dictionaries/`, opens (or first builds) the cached index.
    public static func load(
        environment: [String: String] = ProcessInfo.processInfo.environment,
        announce: (String) -> Void = { _ in }
    ) throws -> Lexicon {
        let sources = try DictionarySources.locate(environment: environment)
        let (index, _) = try LexiconCache.open(sources, in: LexiconCache.directory(environment: environment), announce: announce)
        return Lexicon(index: index)
    }

    public func entry(_ word: String) -> LexiconEntry? { index.entry(word) }

    /// The entry when `word` is a word of some dictionary, not merely a prefix of one.
    public func word(_ word: String) -> LexiconEntry? {
        guard let entry = index.entry(word), entry.isWord else { return nil }
        return entry
    }
}

extension Unicode.Scalar {
    /// CJK unified ideographs (with extension A and the compatibility block): the characters Tifa reads.
    public var isHan: Bool {
        switch value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FA1F, 0x3007: true
        default: false
        }
    }
}
