import Foundation

/// What can go wrong in the deck store, in words a user can act on: each message quotes the deck, file or value
/// it is about and says what to do next.
public enum StoreError: LocalizedError, Equatable, Sendable {
    // Opening the database file.
    case cannotCreateFolder(String, reason: String)
    case folderNotWritable(String)
    case databaseNotWritable(String)
    case notADatabase(String)
    case notTifaDatabase(String)
    case newerDatabase(String)
    case cannotOpen(String, reason: String)
    case backupFailed(String, reason: String)
    case busy(String)
    case diskFull(String)
    case fileSizeLimit(String)
    case databaseIsFolder(String)
    case damaged(String)

    // Decks and their settings.
    case noDeck(String)
    case deckExists(String)
    case invalidDeckName(String)
    case deckNotEmpty(String, cards: Int)
    case invalidSetting(name: String, value: String, expected: String)
    case invalidSteps(String)

    // Notes, cards and answers.
    case invalidNote(term: String, reason: String)
    case noCard(Int64)
    case noNote(Int64)
    case noTerm(String, deck: String)
    case nothingToUndo(deck: String?)
    case inconsistentCard(Int64, reason: String)
    case schedulerRefusedSettings(deck: String, reason: String)

    // Known words.
    case notAWord(String)

    public var errorDescription: String? {
        switch self {
        case let .cannotCreateFolder(folder, reason):
            return
                "cannot create the folder '\(folder)' for Tifa's database (\(reason)); pass --db PATH or set TIFA_DB to a file in a writable folder"
        case let .folderNotWritable(folder):
            return
                "the folder '\(folder)' is read-only, so Tifa cannot write its database there; pass --db PATH or set TIFA_DB to a file in a writable folder"
        case let .databaseNotWritable(path):
            return "'\(path)' is read-only; make it writable (chmod u+w) or pass --db PATH to use another database"
        case let .notADatabase(path):
            return "'\(path)' is not a SQLite database (it was left untouched); pass --db PATH with Tifa's database, or move the file away"
        case let .notTifaDatabase(path):
            return "'\(path)' is a SQLite database of another program (it was left untouched); pass --db PATH with a new or existing Tifa database"
        case let .newerDatabase(path):
            return "'\(path)' was written by a newer Tifa; upgrade Tifa (your data is untouched)"
        case let .cannotOpen(path, reason):
            return "cannot open '\(path)' (\(reason)); check the file, or pass --db PATH to use another database"
        case let .backupFailed(path, reason):
            return
                "cannot back up '\(path)' before upgrading its schema (\(reason)); free some disk space or make its folder writable, then try again (your data is untouched)"
        case let .busy(path):
            return "'\(path)' stayed locked by another tifa for \(Int(DeckStore.busyTimeout)) seconds; let it finish and try again"
        case let .diskFull(path):
            return "the disk holding '\(path)' is full; free some space and try again (nothing was written)"
        case let .fileSizeLimit(path):
            return "'\(path)' reached the file size limit of this shell (ulimit -f); raise the limit and try again (nothing was written)"
        case let .damaged(path):
            return "'\(path)' is damaged (SQLite finds it malformed); restore it from a backup, or move it away to start a new database"
        case let .databaseIsFolder(path):
            return "'\(path)' is a folder; pass --db with the path of the database file, e.g. \(path)/tifa.sqlite"
        case let .noDeck(name):
            return "no deck named '\(name)'; tifa decks lists the decks"
        case let .deckExists(name):
            return "a deck named '\(name)' already exists; pick another name, or tifa decks to see them"
        case let .invalidDeckName(name):
            return "'\(name)' cannot be a deck name; use a non-empty name without tabs or line breaks, e.g. 外交"
        case let .deckNotEmpty(name, cards):
            return "deck '\(name)' has \(cards) card\(cards == 1 ? "" : "s"); pass --yes to delete it with them and their review history"
        case let .invalidSetting(name, value, expected):
            return "\(name) '\(value)' is out of range; give \(expected)"
        case let .invalidSteps(text):
            return "cannot read the steps '\(text)'; give durations separated by spaces, each a whole number with s, m, h or d, e.g. \"1m 10m 1h 1d\""
        case let .invalidNote(term, reason):
            return "cannot add the note '\(term)': \(reason); nothing was added"
        case let .noCard(id):
            return "no card with id \(id); tifa cards list --deck NAME shows the ids"
        case let .noNote(id):
            return "no note with id \(id); tifa cards list --deck NAME shows the cards and their notes"
        case let .noTerm(term, deck):
            return "deck '\(deck)' has no note for '\(term)'; tifa cards search \(term) finds it in other decks"
        case let .nothingToUndo(deck):
            if let deck { return "deck '\(deck)' has no answer to undo" }
            return "there is no answer to undo"
        case let .inconsistentCard(id, reason):
            return "card \(id) cannot be scheduled: \(reason); tifa cards delete \(id) removes it"
        case let .schedulerRefusedSettings(deck, reason):
            return "the scheduler refuses deck '\(deck)''s settings: \(reason); change them with tifa decks set \(deck)"
        case let .notAWord(word):
            return "'\(word)' has no Chinese characters; known words are written in Chinese, e.g. tifa known add 中国"
        }
    }
}
