import Foundation

/// Why an Anki package (.apkg, .colpkg) cannot be imported, in one line that names the file and says what to do.
/// Nothing is written when any of these is thrown.
public enum AnkiPackageError: LocalizedError, Equatable, Sendable {
    case unreadable(String, reason: String)
    case notAZip(String)
    case damaged(String, reason: String)
    case noCollection(String)
    case newerFormat(String, version: Int)
    case unsupportedSchema(String, version: Int)
    case memberTooLarge(String, member: String, limit: Int)
    case tooManyMembers(String, count: Int, limit: Int)
    case unknownField(String, field: String, known: [String])
    case badMapping(String)

    public var errorDescription: String? {
        switch self {
        case let .unreadable(path, reason):
            "cannot read '\(path)' (\(reason)); check the path"
        case let .notAZip(path):
            "'\(path)' is not an Anki package (not a zip file, or cut short); export it again from Anki "
                + "(File › Export, Anki Deck Package); nothing was imported"
        case let .damaged(path, reason):
            "'\(path)' is damaged (\(reason)); export it again from Anki; nothing was imported"
        case let .noCollection(path):
            "'\(path)' holds no Anki collection (no collection.anki21b, collection.anki21 or collection.anki2); "
                + "export it again from Anki; nothing was imported"
        case let .newerFormat(path, version):
            "'\(path)' is in a package format this Tifa does not know (meta version \(version)); export it from Anki "
                + "with \"Support older Anki versions\" ticked; nothing was imported"
        case let .unsupportedSchema(path, version):
            "'\(path)' holds a collection of schema \(version), which this Tifa cannot read (it reads 11 and 14–18); "
                + "export it again with \"Support older Anki versions\" ticked; nothing was imported"
        case let .memberTooLarge(path, member, limit):
            "'\(path)': its member '\(member)' would unpack to more than \(limit / 1_048_576) MiB, Tifa's limit "
                + "(a damaged file or a zip bomb); nothing was imported"
        case let .tooManyMembers(path, count, limit):
            "'\(path)' has \(count) files inside, more than Tifa's limit of \(limit); nothing was imported"
        case let .unknownField(path, field, known):
            "--map names the field '\(field)', which no note type in '\(path)' has; choose among "
                + "\(known.joined(separator: ", "))"
        case let .badMapping(text):
            "--map '\(text)' is not a list of TIFA=ANKI pairs; write e.g. --map Hanzi=Front,Meaning=Back "
                + "(Tifa's fields: \(AnkiField.tifaNoteType.map(\.rawValue).joined(separator: ", ")))"
        }
    }
}
