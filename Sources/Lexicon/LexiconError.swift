import Foundation

/// What can go wrong while finding, reading or indexing the dictionaries, in words a user can act on.
public enum LexiconError: LocalizedError, Equatable {
    case dictionariesNotFound
    case dictionariesIncomplete(String, missing: [String])
    case malformedLine(file: String, line: Int, reason: String)
    case cacheNotWritable(String, reason: String)
    case notChinese(String)

    // Word lists (`tifa known import`).
    case unreadableWordList(String, reason: String)
    case wordListNotUTF8(String)
    case noWords(String)
    case wordListNotText(String)
    case wordListTooLarge(String, limit: Int)

    public var errorDescription: String? {
        switch self {
        case .dictionariesNotFound:
            return "cannot find Tifa's Dictionaries folder; set TIFA_DICTIONARIES to the Dictionaries folder of a Tifa checkout"
        case let .dictionariesIncomplete(path, missing):
            return
                "'\(path)' lacks \(missing.joined(separator: ", ")); run Dictionaries/refresh.sh or point TIFA_DICTIONARIES at a complete Dictionaries folder"
        case let .malformedLine(file, line, reason):
            return "'\(file)' line \(line): \(reason); restore the file with Dictionaries/refresh.sh or fix the line"
        case let .cacheNotWritable(path, reason):
            return "cannot write the lexicon index to '\(path)' (\(reason)); set XDG_CACHE_HOME or TIFA_CACHE_DIR to a writable folder"
        case let .notChinese(word):
            return "'\(word)' has no Chinese characters; look up a word written in Chinese, e.g. tifa lookup 同舟共济"
        case let .unreadableWordList(path, reason):
            return "cannot read '\(path)' (\(reason)); check the path"
        case let .noWords(path):
            return "'\(path)' has no words in Chinese characters; give a UTF-8 text file with one word a line, e.g. 中国"
        case let .wordListNotText(path):
            return "'\(path)' is not a text file (it holds NUL bytes); give a UTF-8 text file with one word a line, e.g. 中国"
        case let .wordListTooLarge(path, limit):
            return "'\(path)' is larger than \(limit >> 20) MB, too large for a word list; check that it is the file you meant"
        case let .wordListNotUTF8(path):
            return "'\(path)' is not UTF-8 text; save it as UTF-8 (e.g. iconv -f GB18030 -t UTF-8) and import it again"
        }
    }
}
