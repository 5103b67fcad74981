import Foundation

/// What can go wrong while finding, reading or indexing the dictionaries, in words a user can act on.
public enum LexiconError: LocalizedError, Equatable {
    case dictionariesNotFound
    case dictionariesIncomplete(String, missing: [String])
    case malformedLine(file: String, line: Int, reason: String)
    case cacheNotWritable(String, reason: String)
    case notChinese(String)

    public var errorDescription: String? {
        switch self {
        case .dictionariesNotFound:
            return "cannot find Tifa's Dictionaries folder; set TIFA_DICTIONARIES to the Dictionaries folder of a Tifa checkout"
        case let .dictionariesIncomplete(path, missing):
            return "'\(path)' lacks \(missing.joined(separator: ", ")); run Dictionaries/refresh.sh or point TIFA_DICTIONARIES at a complete Dictionaries folder"
        case let .malformedLine(file, line, reason):
            return "'\(file)' line \(line): \(reason); restore the file with Dictionaries/refresh.sh or fix the line"
        case let .cacheNotWritable(path, reason):
            return "cannot write the lexicon index to '\(path)' (\(reason)); set XDG_CACHE_HOME or TIFA_CACHE_DIR to a writable folder"
        case let .notChinese(word):
            return "'\(word)' has no Chinese characters; look up a word written in Chinese, e.g. tifa lookup 同舟共济"
        }
    }
}
