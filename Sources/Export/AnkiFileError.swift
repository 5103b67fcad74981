import Foundation
import Lexicon
import Store

/// What can go wrong writing a deck for Anki or reading a file from it, in words a user can act on: each message
/// names the file, line or value it is about and says what to do next.
public enum AnkiFileError: LocalizedError, Equatable, Sendable {
    // Writing.
    case unknownField(String)
    case repeatedField(String)
    case noteTypeNeedsTSV
    case cannotWrite(String, reason: String)
    /// The package's SQLite collection, written to a temporary file before it is zipped.
    case cannotWriteCollection(String, reason: String)

    // Reading.
    case unreadableFile(String, reason: String)
    case notUTF8(String, line: Int)
    case emptyFile(String)
    case binaryFile(String)
    case unterminatedQuote(String, line: Int)
    case textAfterQuote(String, line: Int)
    case unknownSeparator(String, line: Int, value: String)
    case tooManyColumns(String, line: Int, found: Int, named: Int)
    case noTermColumn(String, line: Int)
    case unknownKind(String, line: Int, value: String)
    case termWithLineBreak(String, line: Int, term: String)

    public var errorDescription: String? {
        let fieldNames = AnkiField.allCases.map(\.rawValue).joined(separator: ", ")
        let kinds = NoteKindNames.all
        switch self {
        case let .unknownField(name):
            return "'\(name)' is not a field Tifa writes; choose among \(fieldNames), e.g. --fields Hanzi,Pinyin,Meaning"
        case let .repeatedField(name):
            return "--fields names '\(name)' twice; name each field once"
        case .noteTypeNeedsTSV:
            return "--fields and --notetype shape a TSV; a .apkg always brings the note type Tifa with all its fields"
        case let .cannotWrite(path, reason):
            return "cannot write '\(path)' (\(reason)); write to a folder that exists and is writable"
        case let .cannotWriteCollection(path, reason):
            return "cannot write '\(path)' (\(reason)); write to a new file in a folder that exists and is writable"
        case let .unreadableFile(path, reason):
            return "cannot read '\(path)' (\(reason)); check the path"
        case let .notUTF8(path, line):
            return "'\(path)' line \(line) is not UTF-8 text; save the file as UTF-8 and import it again (nothing was imported)"
        case let .binaryFile(path):
            return "'\(path)' is not a text file (it holds NUL bytes); give a UTF-8 file with one note a line, e.g. 同舟共济<TAB>to pull together"
        case let .emptyFile(path):
            return "'\(path)' has no notes; give a file with one note a line, e.g. 同舟共济<TAB>to pull together"
        case let .unterminatedQuote(path, line):
            return
                "'\(path)' line \(line): a quoted field starts here and never ends; close it with \" (and double any \" inside it); nothing was imported"
        case let .textAfterQuote(path, line):
            return
                "'\(path)' line \(line): text follows a closing quote; double the quotes inside a quoted field (\"\"), or quote the whole field; nothing was imported"
        case let .unknownSeparator(path, line, value):
            return
                "'\(path)' line \(line): '#separator:\(value)' is not a separator Anki knows; use tab, comma, semicolon, pipe, colon or space; nothing was imported"
        case let .tooManyColumns(path, line, found, named):
            return
                "'\(path)' line \(line) has \(found) columns but #columns: names \(named); quote a field that holds a tab, or name every column; nothing was imported"
        case let .noTermColumn(path, line):
            return
                "'\(path)' line \(line): no column holds the term; name one Hanzi, Front or Term in #columns:, or put the term first; nothing was imported"
        case let .unknownKind(path, line, value):
            return "'\(path)' line \(line): the kind '\(value)' is not one of \(kinds); fix it or leave it empty; nothing was imported"
        case let .termWithLineBreak(path, line, term):
            return "'\(path)' line \(line): the term '\(term)' has a line break; a term is one line; nothing was imported"
        }
    }
}

/// The names of the note kinds, for messages.
enum NoteKindNames {
    static var all: String { NoteKind.allCases.map(\.rawValue).joined(separator: ", ") }
}
