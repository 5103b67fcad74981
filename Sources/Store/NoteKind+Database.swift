import GRDB
import Lexicon

/// A note's kind is stored as its raw value in `note.kind`; a value the enum does not have fails the row's
/// decoding, naming the column, rather than becoming some other kind.
extension NoteKind: DatabaseValueConvertible {}
